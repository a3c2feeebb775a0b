// title: An exception inside a timer
// difficulty: 3
// tags: timers, exceptions, crash, exit-code
setTimeout(() => {
  console.log('timer 1 begins');
  process.nextTick(() => console.log('tick queued by timer 1'));
  Promise.resolve().then(() => console.log('promise queued by timer 1'));
  throw new Error('sensor offline');
  console.log('timer 1 ends');
}, 0);
setTimeout(() => console.log('timer 2'), 0);
Promise.resolve().then(() => console.log('main microtask'));
console.log('main script');
