// process events: 'beforeExit' listeners all run in order, then one drain runs their ticks and promise jobs
process.on('beforeExit', (code) => {
  console.log('beforeExit A', code);
  process.nextTick(() => console.log('tick from A'));
  Promise.resolve().then(() => console.log('promise from A'));
});
process.on('beforeExit', (code) => {
  console.log('beforeExit B', code);
  queueMicrotask(() => console.log('microtask from B'));
  process.nextTick(() => console.log('tick from B'));
});
setTimeout(() => console.log('timeout'), 5);
console.log('main');
