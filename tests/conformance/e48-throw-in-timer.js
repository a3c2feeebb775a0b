// §4.1 E48 throw-in-timer: uncaught exception ends the process immediately (queued jobs do not run)
setTimeout(() => {
  Promise.resolve().then(() => console.log('m1'));
  process.nextTick(() => console.log('n1'));
  console.log('t1');
  throw new Error('sync-throw');
}, 0);
setTimeout(() => console.log('t2'), 0);
