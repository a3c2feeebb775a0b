// JSON.stringify, join/toString and flat over values nested 100,000 deep
// throw a RangeError (V8 runs out of stack), and a long chain is freed safely.
let o = {};
for (let i = 0; i < 100000; i++) o = { o };
let a = [];
for (let i = 0; i < 100000; i++) a = [a];
for (const f of [() => JSON.stringify(o), () => JSON.stringify(a), () => String(a),
  () => a.join(), () => `${a}`, () => a.flat(Infinity)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let b = [];
for (let i = 0; i < 3000; i++) b = [b];
console.log(JSON.stringify(b).length, String(b).length, b.flat(Infinity).length);
