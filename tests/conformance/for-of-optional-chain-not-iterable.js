// A for…of over an optional chain that yields a non-iterable: V8 names the
// value by its type (a spread names the chain (intermediate value)).
const o = { a: null, b: { c: 5 } };
const t = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, '->', e.message); }
};
t('for-of, short-circuit', () => { for (const x of o.a?.b) {} });
t('for-of, number', () => { for (const x of o?.b.c) {} });
t('spread, short-circuit', () => [...o.a?.b]);
