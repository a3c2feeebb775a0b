// A call as an assignment target is not an early error: V8 makes the call,
// then throws a ReferenceError (the right-hand side is never evaluated).
function f() { console.log('f called'); return {}; }
function g() { console.log('g called'); return 1; }
const attempts = [
  () => f()++,
  () => --f(),
  () => { f() = g(); },
  () => { f() += g(); },
  () => { for (f() of ['a', 'b']) console.log('body'); },
  () => { for (f() in { k: 1 }) console.log('body'); },
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    console.log(e instanceof ReferenceError, e.message);
  }
}
for (f() of []) console.log('an empty loop assigns nothing');
console.log('end');
f()++;
