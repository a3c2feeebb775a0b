// §3 catch, finally and the combinators call a promise's `then` as a property: one the program put on the promise runs (await does not read it)
const p = Promise.resolve(1);
const builtinThen = p.then;
p.then = function (f, r) {
  console.log('own then');
  return builtinThen.call(this, f, r);
};
p.catch(() => {}).then(() => console.log('after catch'));
p.finally(() => console.log('finally')).then(() => console.log('after finally'));
Promise.all([p]).then((v) => console.log('all', v));
Promise.resolve(2).finally(() => p).then((v) => console.log('finally returned p, got', v));
(async () => console.log('await', await p))();
