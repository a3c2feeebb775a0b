// §3 Promise.resolve and await return a native promise as is only if its `constructor` is Promise; otherwise they wrap it like a thenable (2 more turns)
const p = Promise.resolve('v');
p.constructor = function Other() {};
console.log(Promise.resolve(p) === p);
(async () => console.log('await', await p))();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
