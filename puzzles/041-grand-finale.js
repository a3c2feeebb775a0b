// title: Grand finale
// difficulty: 5
// tags: async, nextTick, microtask, timers, setImmediate, thenable
console.log('1 script start');
async function first() {
  console.log('2 first() body');
  await second();
  console.log('first() resumed');
  process.nextTick(() => console.log('tick from first()'));
  return 'first-result';
}
async function second() {
  console.log('3 second() body');
  await null;
  console.log('second() resumed');
}
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('immediate from timer'));
  Promise.resolve().then(() => console.log('micro from timer'));
}, 0);
first().then(v => console.log('first() fulfilled:', v));
Promise.resolve()
  .then(() => console.log('chain 1'))
  .then(() => ({ then(res) { console.log('thenable called'); res('T'); } }))
  .then(v => console.log('chain 3 got', v));
process.nextTick(() => console.log('main tick'));
queueMicrotask(() => console.log('queued microtask'));
console.log('4 script end');
