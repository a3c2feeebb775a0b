// A named function expression sees its own name inside (and only there):
// recursion, a timer that re-arms itself, shadowing by a parameter or a var,
// and an assignment to the name that sloppy code ignores and strict code rejects.
const fact = function inner(n) {
  return n <= 1 ? 1 : n * inner(n - 1);
};
console.log(fact(5), typeof inner);

let rounds = 0;
setTimeout(function again() {
  rounds += 1;
  console.log('round', rounds, again.name);
  if (rounds < 3) setTimeout(again, 0);
}, 0);

const ignored = function self() {
  const result = (self = 5);
  return [typeof self, result];
};
console.log(ignored());

const strict = function locked() {
  'use strict';
  try {
    locked = 1;
  } catch (e) {
    return e.constructor.name + ': ' + e.message;
  }
  return 'assigned';
};
console.log(strict());

const shadowedByParam = function p(p) { return p; };
const shadowedByVar = function v() { var v = 'var wins'; return v; };
console.log(shadowedByParam(7), shadowedByVar());

Promise.resolve(3).then(function countdown(n) {
  console.log('countdown', n);
  return n > 1 ? Promise.resolve(n - 1).then(countdown) : 'liftoff';
}).then((v) => console.log(v));
