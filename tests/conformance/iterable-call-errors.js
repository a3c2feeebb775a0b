// A call that is itself the iterable of a spread, a for…of or an array
// pattern: V8 names it by its callee, without the (...) of inner calls, in
// one message for both failures (not a function / returns a non-iterable).
const o = { five() { return 5; }, none() {}, chain() { return o; } };
const t = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, '->', e.message); }
};
t('spread missing', () => [...o.missing()]);
t('spread returns 5', () => [...o.five()]);
t('spread returns undefined', () => [...o.none()]);
t('spread chain', () => [...o.chain().chain().missing()]);
t('for-of missing', () => { for (const x of o.missing()) {} });
t('for-of returns 5', () => { for (const x of o.five()) {} });
t('pattern missing', () => { const [a] = o.missing(); });
t('assign missing', () => { let a; [a] = o.chain().missing(); });
t('name returns 5', () => { const f = () => 5; [...f()]; });
// Elsewhere calls keep the usual wording.
t('argument spread', () => console.log(...o.missing()));
t('inside the callee', () => [...o.chain(o.missing())]);
t('optional call', () => [...o.missing?.()]);
