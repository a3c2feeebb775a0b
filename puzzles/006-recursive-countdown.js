// title: Down and back up the call stack
// difficulty: 1
// tags: sync, call-stack, recursion
function countdown(n) {
  if (n === 0) {
    console.log('bottom reached');
    return 0;
  }
  console.log(`going down: ${n}`);
  const depth = countdown(n - 1) + 1;
  console.log(`coming back up: ${n} (depth ${depth})`);
  return depth;
}
const total = countdown(3);
console.log('total frames:', total);
