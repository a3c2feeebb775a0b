// §3 Promise.all and race resolve each element with the `Promise.resolve` they find on Promise; finally does not call it
const builtinResolve = Promise.resolve;
Promise.resolve = function (x) {
  console.log('resolve', x);
  return builtinResolve.call(Promise, x);
};
Promise.all([1, 2]).then((v) => console.log('all', v));
Promise.race([3]).then((v) => console.log('race', v));
builtinResolve.call(Promise, 4).finally(() => 5).then((v) => console.log('finally', v));
