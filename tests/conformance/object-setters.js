// a setter runs on every write (plain, compound, ++, destructuring, for…of
// targets), with the object as this; its return value is ignored and the
// assignment gives the assigned value; a getter and a setter of one key make
// one property, printed [Getter/Setter]; a read without a getter is undefined;
// spread and Object.assign's source read through getters, assign's target
// writes through setters; a data member after an accessor replaces it
const log = [];
const o = {
  _v: 1,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x * 2; },
  set only(x) { log.push('only ' + x); },
};
o.v = 5;
console.log(o.v, o.only, log);
o.only = 3;
o.v += 1;
o.v++;
console.log(o, log);
console.log(Object.keys(o), JSON.stringify(o), { ...o });
const t = Object.assign({ set a(x) { console.log('target setter', x); } }, { a: 1 });
console.log(t);
const { v, only } = o;
console.log(v, only);
const cnt = { n: 0, set inc(by) { this.n += by; } };
[1, 2, 3].forEach(x => { cnt.inc = x; });
console.log(cnt.n, cnt);
const spread = { ...{ a: 1 }, set b(x) {}, get b() { return 2; }, c: 3 };
console.log(spread, spread.b);
const pair = { get a() { return 1; }, a: 2, set a(x) { console.log('set a', x); } };
console.log(pair, pair.a);
pair.a = 9;
const o2 = { _v: 0, set v(x) { console.log('set', x); this._v = x; return 'ignored'; }, get v() { return this._v; } };
console.log(o2.v = 3);
o2["v"] = 4;
[o2.v] = [7];
({ a: o2.v } = { a: 8 });
for (o2.v of [1, 2]) console.log('loop', o2.v);
o2.v = undefined;
const d = { set x(v = 5) { console.log('default', v); } };
d.x = undefined;
delete o2.v;
o2.v = 'data';
console.log(o2);
const thrower = { set boom(v) { throw new Error('no ' + v); } };
try {
  thrower.boom = 1;
} catch (e) {
  console.log('caught', e.message);
}
async function f() { const s = { set v(x) { console.log('async set', x); } }; s.v = await Promise.resolve('awaited'); }
f();
const nested = { inner: { set deep(v) { console.log('deep', v); } } };
nested.inner.deep = 'x';
nested?.inner && (nested.inner.deep = 'y');
console.log(Object.entries({ set s(v) {}, a: 1 }), Object.values({ set s(v) {} }));
setTimeout(() => {
  const p = { set x(v) { console.log('timer set', v); } };
  p.x = 'tick';
}, 0);
const k = 'dyn';
const comp = { set [k](v) { console.log('computed setter', v); }, get [k + '2']() { return 'g2'; } };
comp.dyn = 1;
console.log(comp, comp.dyn2);
console.dir({ get a() { return 1; }, set a(v) {}, set b(v) {} });
