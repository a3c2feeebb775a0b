// runtime: unbounded recursion throws a catchable RangeError 'Maximum call stack size exceeded'
function forever(n) { return forever(n + 1) + 1; }
try {
  forever(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name);
  console.log(e.message);
}
console.log('still running');
