// §1 a drain runs after every timer callback, even between two timers due in the same phase
setTimeout(() => {
  console.log('T1');
  process.nextTick(() => console.log('T1 tick'));
  Promise.resolve().then(() => console.log('T1 micro 1')).then(() => console.log('T1 micro 2'));
  queueMicrotask(() => console.log('T1 qm'));
}, 0);
setTimeout(() => {
  console.log('T2');
  Promise.resolve().then(() => console.log('T2 micro'));
}, 0);
