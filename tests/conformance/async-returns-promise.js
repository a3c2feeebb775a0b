// §4 an async function always returns a promise: pending if it awaited, else already settled
async function noAwait() { return 1; }
async function withAwait() { await null; return 2; }
async function throws() { throw 'x'; }
async function empty() {}
const r = throws();
r.catch(() => {});
console.log(noAwait(), withAwait(), empty());
console.log(r);
console.log(noAwait() instanceof Promise);
