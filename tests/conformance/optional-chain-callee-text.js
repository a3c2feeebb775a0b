// A failing call inside an optional chain: V8 prints the chain's links
// with their ?., and what the chain starts from as anywhere else (array
// literals without spaces, conditionals as (intermediate value)s, folded
// literals by value).
const o = { a: { b: {} } };
const t = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, '->', e.message); }
};
t('member chain', () => o?.a.b.c());
t('array literal', () => [1, 2]?.missing());
t('folded literal', () => (!0)?.missing());
t('number', () => (1)?.missing());
t('conditional', () => (o ? o : null)?.missing());
t('computed', () => o.a?.['b'].c());
t('sequence', () => (0, o)?.a.missing());
