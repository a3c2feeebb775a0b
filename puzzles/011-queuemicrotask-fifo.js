// title: queueMicrotask shares the promise queue
// difficulty: 2
// tags: queueMicrotask, microtask, fifo
queueMicrotask(() => console.log('qm A'));
Promise.resolve().then(() => {
  console.log('then B');
  queueMicrotask(() => console.log('qm from B'));
});
queueMicrotask(() => {
  console.log('qm C');
  Promise.resolve().then(() => console.log('then from C'));
});
Promise.resolve().then(() => console.log('then D'));
console.log('sync E');
