// title: Microtasks before the timer
// difficulty: 3
// tags: microtask, timers, recursion
let n = 0;
function again() {
  n++;
  console.log(`microtask ${n}`);
  if (n < 5) Promise.resolve().then(again);
}
setTimeout(() => console.log(`timer finally runs after ${n} microtasks`), 0);
Promise.resolve().then(again);
console.log('queued');
