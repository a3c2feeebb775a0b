// §3 Promise.resolve returns the very same native promise; new Promise wrapping does not
const p = Promise.resolve(1);
const pending = new Promise(() => {});
console.log(Promise.resolve(p) === p);
console.log(Promise.resolve(pending) === pending);
console.log(new Promise(r => r(p)) === p);
console.log(Promise.resolve(1) === Promise.resolve(1));
