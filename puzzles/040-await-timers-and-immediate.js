// title: async callbacks in timers with an immediate
// difficulty: 5
// tags: async, timers, setImmediate, nextTick, microtask
setTimeout(async () => {
  console.log('T1 start');
  setImmediate(() => console.log('immediate from T1'));
  process.nextTick(() => console.log('T1 tick'));
  await null;
  console.log('T1 after await');
  await new Promise(resolve => process.nextTick(resolve));
  console.log('T1 after tick-await');
}, 0);
setTimeout(() => console.log('T2 (1 s)'), 1000);
Promise.resolve().then(() => console.log('main micro'));
process.nextTick(() => console.log('main tick'));
console.log('main sync');
