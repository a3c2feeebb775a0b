// A for…of over a conditional, logical, ! or void expression: V8 prints the
// expression only when no operand recorded a source position of its own
// (names and literals do not; property reads, calls and operators do), else
// it names the value by its type.
const o = { a: 1 };
const t = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, '->', e.message); }
};
function run(flag, zero) {
  t('conditional of names', () => { for (const q of flag ? 5 : []) {} });
  t('logical of names', () => { for (const q of (zero || 5)) {} });
  t('not of a name', () => { for (const q of !flag) {} });
  t('void of a name', () => { for (const q of void flag) {} });
  t('conditional reading a property', () => { for (const q of flag ? o.a : []) {} });
  t('logical reading a property', () => { for (const q of (flag && o.a)) {} });
  t('not of a property', () => { for (const q of !o.a) {} });
  t('conditional on an operation', () => { for (const q of (zero + 1) ? 5 : []) {} });
  t('conditional on a folded number', () => { for (const q of (1 + 2) ? 5 : []) {} });
}
run(true, 0);
