// §4.1 uncaughtException: a throw in the last due timer; the drain after the phase runs its ticks and the listener's, the loop goes on
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
  process.nextTick(() => console.log('listener tick'));
});
setImmediate(() => {
  setTimeout(() => { console.log('t1'); process.nextTick(() => console.log('t1 tick')); throw new Error('t1'); }, 10);
  setTimeout(() => console.log('t2'), 100);
});
