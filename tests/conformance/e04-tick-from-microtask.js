// §1 E04 tick-from-microtask: waits until the whole microtask queue is empty
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('p1-inner'));
}).then(() => console.log('p1-next'));
Promise.resolve().then(() => console.log('p2'));
