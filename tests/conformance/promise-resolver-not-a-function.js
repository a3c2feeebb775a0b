// new Promise(x) with a non-callable x names it without running its code:
// objects by constructor, arrays by their tag, strings as they are.
const t = (label, x) => {
  try { new Promise(x); } catch (e) { console.log(label, '->', e.message); }
};
t('undefined', undefined);
t('number', 5);
t('string', 'text');
t('array', [1, 2]);
t('object', { a: 1 });
t('null', null);
