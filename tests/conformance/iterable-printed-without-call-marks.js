// When a spread or for…of gets a value it cannot iterate, V8 names the
// iterable by its source form as its CallPrinter prints it; inside that
// name calls lose their (...).
const o = { a: 1, f() { return { x: 2 }; } };
const k = 'a';
const t = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, '->', e.message); }
};
t('member of a call', () => [...o.f().x]);
t('computed member', () => [...o[k]]);
t('computed member of a call', () => { for (const v of o.f()[k]) {} });
t('string key', () => [...o['a']]);
t('operation', () => [...(o.a + 1)]);
t('negation', () => [...-o.a]);
t('conditional', () => [...(o.a ? 1 : 2)]);
t('name', () => { const n = 3; for (const v of n) {} });
