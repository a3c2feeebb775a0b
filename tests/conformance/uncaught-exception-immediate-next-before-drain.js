// §4.1 uncaughtException: after an immediate throws, the next immediate of the phase runs before the drain
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setImmediate(() => {
  setImmediate(() => {
    console.log('i1');
    process.nextTick(() => console.log('i1 tick'));
    Promise.resolve().then(() => console.log('i1 promise'));
    throw new Error('i1');
  });
  setImmediate(() => {
    console.log('i2');
    process.nextTick(() => console.log('i2 tick'));
    setImmediate(() => console.log('i2 child'));
  });
  setImmediate(() => console.log('i3'));
});
