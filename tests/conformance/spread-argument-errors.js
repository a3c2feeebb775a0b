// A call's spread arguments: V8 spreads a single spread argument written
// last itself (a nullish one is named by its source form, anything else
// fails as "Spread syntax requires …"); every other spread argument goes
// through a built-in that names the value by its type.
const o = { x: null, u: undefined, n: 5, f() { return { y: undefined }; } };
const f = (...a) => a.length;
const t = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, '->', e.message); }
};
t('last, null', () => f(1, ...o.x));
t('last, member of a call', () => f(...o.f().y));
t('last, number', () => f(...o.n));
t('before another argument', () => f(...o.x, 1));
t('two spreads', () => f(...[1], ...o.u));
t('two spreads, number', () => f(...o.n, ...[1]));
t('boolean first', () => f(...true, 2));
t('new, last', () => new Set(1, ...o.x));
