// "… is not a function" names the callee the way V8 prints expressions
function attempt(fn) {
  try {
    fn();
  } catch (err) {
    console.log(err.message);
  }
}
const o = { a: {} };
let n = 1;
attempt(() => (void 0)());
attempt(() => (n + 1)());
attempt(() => (0, n)());
attempt(() => (n ? n : n)());
attempt(() => o['missing']());
attempt(() => o.a
  .missing());
attempt(() => (typeof n)());
attempt(() => (!1)());
attempt(() => (() => 1)()());
attempt(() => Promise.resolve().then(() => 1).nothing());
attempt(() => n());
attempt(() => o.a.b());
attempt(() => o . a());
attempt(() => (o).a());
attempt(() => (o.a).b());
attempt(() => o./* note */a());
