// title: Timers created by timers
// difficulty: 3
// tags: timers, nested, microtask
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => console.log('inner from 1'), 0);
  Promise.resolve().then(() => console.log('micro from 1'));
}, 0);
setTimeout(() => {
  console.log('outer 2');
  setTimeout(() => {
    console.log('inner from 2');
    setTimeout(() => console.log('deepest'), 0);
  }, 0);
}, 0);
console.log('scheduled');
