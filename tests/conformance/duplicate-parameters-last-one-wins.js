// runtime: a sloppy function may repeat a parameter name; the last one is
// the binding (the earlier argument is unreachable), and `length` counts both
function pick(a, b, a) {
  return [a, b];
}
console.log(pick(1, 2, 3), pick(1, 2), pick.length);
function bump(x, x) {
  x++;
  return x;
}
console.log(bump(1, 10), bump(1));
setTimeout(function later(v, v) {
  console.log('timer', v);
}, 0, 'first', 'second');
Promise.resolve('p').then(function (r, r) {
  console.log('then', r);
});
