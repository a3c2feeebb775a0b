// statements: for…in visits own enumerable string keys in property order: integer-like keys ascending, then the others in insertion order
const o = { b: 1, 10: 'ten', a: 2, 2: 'two', '-1': 'minus', '01': 'zero-one', 1.5: 'one and a half' };
o.c = 3;
o[1] = 'one';
for (const k in o) console.log(typeof k, k, o[k]);

const withGetter = {
  get g() {
    console.log('getter not run by for…in');
    return 1;
  },
  plain: 2,
};
for (const k in withGetter) console.log('key', k);

const e = new Error('boom');
e.code = 'E1';
for (const k in e) console.log('error key', k);
function f() {}
f.extra = true;
for (const k in f) console.log('function key', k);
for (const k in Promise.resolve(1)) console.log('never: promises have no own keys');
