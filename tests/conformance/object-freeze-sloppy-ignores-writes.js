// Object.freeze makes a plain object's properties read-only and stops new ones:
// in sloppy code writes and additions are silently ignored and delete gives false;
// setters still run, nested objects stay writable (freeze is shallow), primitives
// are returned unchanged, and the object prints as before
const o = Object.freeze({ x: 1, n: { y: 2 }, get g() { return 5; }, set s(v) { console.log('setter', v); } });
o.x = 2;
o.y = 3;
o.n.y = 9;
o.s = 7;
o.g = 0;
console.log(o, delete o.x, delete o.nope, Object.isFrozen(o), Object.freeze(o) === o);
console.log(o.x = 5, o.x++, o.x, (o.x += 2), o.x);
const copy = { ...o };
copy.x = 2;
console.log(copy.x, Object.isFrozen(copy), Object.isFrozen(o.n));
console.log(JSON.stringify(o), Object.keys(o));
console.log('%o', Object.freeze({ a: [1] }));
const p = Object.freeze({});
p.z = 1;
p['1'] = 1;
console.log(p, p.z, 'z' in p, Object.hasOwn(p, 'z'));
let r = Object.freeze({ a: 1 });
[r.a] = [9];
({ a: r.b } = { a: 8 });
for (r.k in { q: 1 });
console.log(r);
console.log(Object.freeze(5), Object.freeze('s'), Object.freeze(null), Object.freeze(), Object.freeze(true));
console.log(Object.isFrozen({}), Object.isFrozen([]), Object.isFrozen(1), Object.isFrozen('s'), Object.isFrozen());
console.log(Object.freeze.length, Object.freeze.name, Object.isFrozen.length, Object.isFrozen.name);
