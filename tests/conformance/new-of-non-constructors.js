// runtime: `new` of a value that is not a constructor throws V8's TypeError naming the callee as written (objects, methods, arrows, async functions, primitives)
function attempt(f) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
const list = [1];
const m = new Map();
attempt(() => new list());
attempt(() => new ({}.x)());
attempt(() => new (Promise.resolve)());
attempt(() => new ([].map)());
attempt(() => new m());
attempt(() => new (m.get)());
attempt(() => new m.keys());
attempt(() => new (void 0)());
attempt(() => new 5());
attempt(() => new 'str'());
attempt(() => new (() => 1)());
attempt(() => new [1, 2][0]());
attempt(() => new Math.max());
attempt(() => new (async function f() {})());
const arrow = async () => {};
attempt(() => new arrow());
attempt(() => new JSON.parse('1'));
