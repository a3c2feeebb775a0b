// %o shows a function's hidden properties: length and name; a sloppy
// `function`'s arguments and caller (null while it is not running) and its
// prototype, whose constructor is the function (a cycle); an async function
// lists AsyncFunction.prototype's Symbol.toStringTag after its own keys;
// arrows, methods and bound functions have no prototype
function foo(a, b) {}
foo.extra = { deep: 1 };
const arrow = (x) => x;
console.log('%o', { m() {}, async am() {}, arrow, foo });
console.log('%o', [foo, foo]);
console.log('%o', { a: { b: { c: { d: foo } } } });
console.log('%o', { a: { b: { c: { d: { e: foo } } } } });
console.log('%o', foo.bind(null, 1), (async function af(x) {}).bind(null));
function strict() {
  'use strict';
  return function inner() {};
}
console.log('%o', strict(), 'then', foo);
// V8's own functions that are no constructors have only a length and a name
console.log('%o', [Math.max, [].push, parseInt, Math.max.bind(null, 1)]);
new Promise((resolve) => console.log('%o', resolve));
