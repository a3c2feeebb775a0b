// §1 a tick queued by a microtask waits until the microtask queue is completely empty
Promise.resolve().then(() => {
  console.log('m1');
  process.nextTick(() => console.log('tick from m1'));
}).then(() => console.log('m1 next')).then(() => console.log('m1 next next'));
queueMicrotask(() => {
  console.log('q1');
  queueMicrotask(() => console.log('q1 inner'));
});
