// Errors made by promise built-ins with no JS code running have no stack frames,
// so console.log shows them in brackets; the same error made while user code
// runs has frames.
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log(e));
Promise.any([]).catch((e) => console.log(e));
const p = Promise.resolve().then(() => p);
p.catch((e) => console.log(e));
let resolve;
const q = new Promise((r) => { resolve = r; });
resolve(q);
q.catch((e) => console.log(e));
