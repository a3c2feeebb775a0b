// V8's parser folds operations on number literals (`(1 + 2)` is 3, `-(4 % 3)`
// is -1, `~0` is -1) and `!` of a literal, so error messages name the value;
// a template without substitutions is a string, and only the substitutions of
// any other template are printed. Comparisons and strings are not folded, and
// `a != b` is parsed (and printed) as `!(a == b)`. A spread element prints as
// `(...x)`. A function literal prints one `(intermediate value)` per
// statement of its body (two with non-simple parameters). A left-leaning
// chain of one operator is a single n-ary operation: `(a + 2 + a)`.
const a = 1, s = 'q';
const calls = [
  () => (1 + 2)(),
  () => (2 ** 3 * 2)(),
  () => (-(4 % 3))(),
  () => (~0)(),
  () => (1 << 3 | 1)(),
  () => (1 / 0)(),
  () => (!(1 - 1))(),
  () => (1 < 2)(),
  () => ('x' + 'y')(),
  () => (a + 2)(),
  () => (a + 2 + a - a)(),
  () => (a || s || a).x(),
  () => (a != 2)(),
  () => (s !== 'q').x(),
  () => [...[1], ...s, a].x(),
  () => (() => 1)().x(),
  () => ((v = 1) => { const w = v; return w; })().x(),
  () => (function () { function inner() {} ; return 1; })().x(),
  () => (async ({ k }) => { a; a; })({}).x(),
  () => `t`.z(),
  () => `t${a}u${s}`.z(),
];
for (const call of calls) {
  try {
    call();
  } catch (e) {
    console.log(e.message);
  }
}
