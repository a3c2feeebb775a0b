// The wording of destructuring TypeErrors depends on where the pattern is
function attempt(label, fn) {
  try {
    fn();
  } catch (err) {
    console.log(label, '->', err.constructor.name + ': ' + err.message);
  }
}
const obj = {};
let none;
attempt('decl name', () => { const { a } = none; });
attempt('decl member', () => { const { a } = obj.missing; });
attempt('decl null literal', () => { const { a } = null; });
attempt('decl empty pattern', () => { const {} = null; });
attempt('decl computed first', () => { const { ['k']: k } = none; });
attempt('decl call', () => { const { a } = obj.toString.call.missing; });
attempt('param', () => { (({ a }) => a)(); });
attempt('param null', () => { (({ a }) => a)(null); });
attempt('param default', () => { (({ a } = null) => a)(); });
attempt('nested', () => { const { a: { b } } = obj; });
attempt('nested in array', () => { const [{ c }] = []; });
attempt('assignment', () => { let a; ({ a } = none); });
attempt('array decl name', () => { const [a] = obj; });
attempt('array decl number', () => { const [a] = 5; });
attempt('array decl member', () => { const [a] = obj.missing; });
attempt('array decl object literal', () => { const [a] = { x: 1 }; });
attempt('array assignment', () => { let a; [a] = obj; });
attempt('array param', () => { (([a]) => a)(7); });
attempt('array nested', () => { const [[a]] = [null]; });
attempt('catch', () => { try { throw undefined; } catch ({ message }) { console.log(message); } });
attempt('for-of object', () => { for (const { a } of [null]); });
attempt('for-of array', () => { for (const [a] of [1]); });
