// §4.1 uncaughtException: a throwing queueMicrotask callback is reported from inside the microtask; the queue goes on
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
queueMicrotask(() => {
  console.log('qm 1');
  process.nextTick(() => console.log('qm 1 tick'));
  throw new Error('qm 1');
});
queueMicrotask(() => console.log('qm 2'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer'), 20);
