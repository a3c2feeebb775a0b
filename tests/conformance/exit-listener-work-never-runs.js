// process events: at the natural end 'exit' listeners run in order; their promise jobs still run, their ticks, timers and immediates never
process.on('exit', (code) => {
  console.log('exit A', code);
  setTimeout(() => console.log('timeout from exit: never'), 0);
  setImmediate(() => console.log('immediate from exit: never'));
  process.nextTick(() => console.log('tick from exit: never'));
  Promise.resolve()
    .then(() => {
      console.log('promise from exit');
      process.nextTick(() => console.log('tick from promise: never'));
    })
    .then(() => console.log('second promise from exit'));
});
process.on('exit', () => {
  console.log('exit B');
  queueMicrotask(() => console.log('microtask from exit B'));
});
process.on('beforeExit', () => console.log('beforeExit'));
Promise.resolve().then(() => console.log('promise from main'));
console.log('main');
