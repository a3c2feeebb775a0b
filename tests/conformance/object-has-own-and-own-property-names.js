// Object.hasOwn(obj, key) converts obj first (null/undefined throw), then the key;
// Object.getOwnPropertyNames lists every own key, enumerable or not: integer keys
// ascending, then the rest in insertion order, an array's 'length' after its indices
console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'b'), Object.hasOwn({}, 'toString'));
console.log(Object.hasOwn([1], 0), Object.hasOwn([, 1], 0), Object.hasOwn([1], 'length'));
console.log(Object.hasOwn('ab', 1), Object.hasOwn('ab', 'length'), Object.hasOwn(5, 'x'), Object.hasOwn({ undefined: 1 }));
console.log(Object.hasOwn(function f() {}, 'name'), Object.hasOwn({ get x() { return 1; } }, 'x'));
console.log(Object.hasOwn({ a: 1 }, { toString() { console.log('key converted'); return 'a'; } }));
try {
  Object.hasOwn(null, { toString() { console.log('never'); return 'a'; } });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(({ a: 1 }).hasOwnProperty({ toString() { return 'a'; } }));
try {
  ({}).hasOwnProperty.call(undefined, 'a');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const a = [1, , 3];
a.x = 1;
a[10] = 5;
console.log(Object.getOwnPropertyNames(a), Object.getOwnPropertyNames([]));
const o = { b: 1, 4294967295: 'not an index', 4294967294: 'last index', '01': 'x', 0: 'zero', '-1': 'neg', set s(v) {} };
console.log(Object.getOwnPropertyNames(o));
const d = { z: 1 };
delete d.z;
d.y = 2;
d.z = 3;
console.log(Object.getOwnPropertyNames(d), Object.getOwnPropertyNames({ inner: { a: 1 } }));
console.log(Object.getOwnPropertyNames('ab'), Object.getOwnPropertyNames(5), Object.getOwnPropertyNames(true));
const m = new Map();
m.tag = 1;
console.log(Object.getOwnPropertyNames(m), Object.getOwnPropertyNames(Promise.resolve()));
try {
  Object.getOwnPropertyNames();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object.getOwnPropertyNames(Object.fromEntries([['x', 1], [2, 'two']])));
console.log(Object.hasOwn.length, Object.hasOwn.name, Object.getOwnPropertyNames.length, Object.getOwnPropertyNames.name);
