// §4.1 uncaughtException: when the phase's last immediate throws, Node's processImmediate starts over with the immediates queued meanwhile, before any drain
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setImmediate(() => {
  setImmediate(() => {
    console.log('i1');
    setImmediate(() => console.log('i1 child'));
    process.nextTick(() => console.log('i1 tick'));
  });
  setImmediate(() => {
    console.log('i2');
    process.nextTick(() => console.log('i2 tick'));
    Promise.resolve().then(() => console.log('i2 promise'));
    throw new Error('i2');
  });
});
