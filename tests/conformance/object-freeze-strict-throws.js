'use strict';
// In strict code a write to a frozen object throws V8's TypeError: read only for an
// existing property, not extensible for a new one, cannot delete; the object is named
// by its constructor (#<Object>, or an own `constructor` function's name)
const o = Object.freeze({ x: 1, get g() { return 5; } });
const attempts = [
  () => { o.x = 2; },
  () => { o.y = 3; },
  () => { delete o.x; },
  () => { o.g = 1; },
  () => { o[1] = 2; },
  () => { o.x++; },
  () => { o.x ??= 3; },
  () => { o.x &&= 3; },
  () => { o.x = o.x; },
  () => delete o.nope,
  () => Object.assign(o, { x: 5 }),
  () => Object.assign(o, { z: 5 }),
];
for (const f of attempts) {
  try {
    console.log('no error:', f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
function Foo() {}
for (const c of [Foo, function () {}, 'not a function']) {
  const named = Object.freeze({ constructor: c, a: 1 });
  try {
    named.a = 2;
  } catch (e) {
    console.log(e.message);
  }
  try {
    delete named.a;
  } catch (e) {
    console.log(e.message);
  }
}
const frozen = Object.freeze({ a: 1 });
frozen.a = 2;
