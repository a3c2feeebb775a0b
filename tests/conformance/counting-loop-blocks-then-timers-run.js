// a loop that only counts (a puzzle's way to block the thread) runs to its end
// before the microtask and the timer; a var counter keeps its last value,
// a let counter is gone after the loop
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('microtask'));
console.log('start');
for (let i = 0; i < 1e9; i++) {}
console.log('after let loop');
for (var j = 0; j < 1e8; j++);
console.log('after var loop', j);
function f() {
  for (var k = 10; k >= 0; k -= 1) {}
  return k;
}
console.log(f(), typeof i);
for (var m = 5; m < 1; m++) {}
console.log(m);
