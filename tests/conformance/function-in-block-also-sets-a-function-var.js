// runtime: in sloppy code a function declared in a block is also a `var` of
// the enclosing function, undefined until its declaration is reached
// (Annex B.3.3); a let/const or parameter of that name keeps it inside
console.log(typeof later);
if (true) {
  function later() {
    return 'from the block';
  }
}
console.log(later());
function first() {
  return 'outer';
}
{
  console.log(first());
  function first() {
    return 'inner';
  }
}
console.log(first());
if (false) function never() {}
console.log(typeof never);
function shadowed(param) {
  {
    function param() {}
  }
  let kept = 'let';
  {
    function kept() {}
  }
  return [typeof param, kept];
}
console.log(shadowed(1));
setTimeout(() => {
  {
    function inTimer() {
      return 'timer';
    }
  }
  console.log(inTimer());
}, 0);
Promise.resolve().then(function () {
  switch (1) {
    case 1:
      function picked() {
        return 'case 1';
      }
      break;
    default:
      function picked() {
        return 'default';
      }
  }
  console.log(picked());
});
