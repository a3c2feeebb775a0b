// A plain function called without a receiver gets the global object as `this`
// (sloppy mode): a detached method reads undefined instead of crashing; top-level
// `var` is module-scoped under Node, so it is not a global property.
var name = 'module var';
const obj = {
  name: 'obj',
  getName() { return this.name; },
};
const detached = obj.getName;
console.log(obj.getName(), detached());
function setGlobal() { this.created = 'via this'; }
setGlobal();
console.log(created);
[1].forEach(function () { console.log(typeof this); });
Promise.resolve().then(function () { console.log('handler this:', typeof this); });
function strictFn() { 'use strict'; return this; }
console.log(strictFn());
