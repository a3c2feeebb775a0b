// §4.1 uncaughtException: a throwing nextTick stops the drain; the ticks and promise jobs left wait for the drain after the next callback
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setImmediate(() => {
  setImmediate(() => {
    process.nextTick(() => {
      console.log('tick 1');
      Promise.resolve().then(() => console.log('tick 1 promise'));
      throw new Error('tick 1');
    });
    process.nextTick(() => console.log('tick 2'));
    Promise.resolve().then(() => console.log('promise'));
    console.log('i1');
  });
  setImmediate(() => console.log('i2'));
});
