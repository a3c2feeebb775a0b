// title: setImmediate inside a timer
// difficulty: 3
// tags: setImmediate, timers, nextTick, event-loop-phases
setTimeout(() => {
  console.log('timer');
  setTimeout(() => console.log('timer from timer'), 0);
  setImmediate(() => {
    console.log('immediate');
    process.nextTick(() => console.log('tick from immediate'));
    Promise.resolve().then(() => console.log('promise from immediate'));
  });
  process.nextTick(() => console.log('tick from timer'));
}, 0);
console.log('main done');
