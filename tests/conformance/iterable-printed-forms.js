// How V8 names an iterable it cannot iterate: `new C(…)` reads like a call
// of C, an assignment as its target; a for…of over a conditional or
// logical expression is named by the value's type (a spread prints them).
const o = { a: 1, n: null };
let z;
const t = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, '->', e.message); }
};
t('new', () => { for (const q of new Error('x')) {} });
t('new, then members', () => [...new Set([1]).size]);
t('assignment', () => [...(z = 5)]);
t('assignment, then member', () => { for (const q of (z = o).a) {} });
t('for-of conditional', () => { for (const q of (o.a ? 1 : 2)) {} });
t('for-of logical', () => { for (const q of (o.n || 5)) {} });
t('spread conditional', () => [...(o.a ? 1 : 2)]);
t('spread logical', () => [...(o.n ?? 5)]);
// Outside iterations an assignment also prints as its target.
t('call of an assignment', () => (z = 5)());
t('new of an assignment', () => new (z = 5)());
