// §3 resolving a promise with itself rejects it with a TypeError (chaining cycle)
let res;
const p = new Promise(r => { res = r; });
res(p);
p.catch(e => console.log(e instanceof TypeError, e.name, e.message));
const q = Promise.resolve().then(() => q);
q.catch(e => console.log('then returned itself:', e.name));
