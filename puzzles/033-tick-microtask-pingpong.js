// title: Ping-pong between nextTick and microtasks
// difficulty: 4
// tags: nextTick, microtask, drain
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => {
    console.log('promise from tick 1');
    process.nextTick(() => console.log('tick from that promise'));
  });
  process.nextTick(() => console.log('tick from tick 1'));
});
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
}).then(() => console.log('promise 1 next'));
queueMicrotask(() => console.log('microtask 2'));
process.nextTick(() => console.log('tick 2'));
