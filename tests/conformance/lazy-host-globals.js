// runtime: the error constructors and `process` behave the same whether or not the program named them before: errors the engine throws know their constructor, and assigning one of these globals first keeps the assignment
function F() {}
const global = (function () {
  return this;
})();
try {
  null.x;
} catch (e) {
  console.log(e instanceof F, e.constructor.name, e.constructor === TypeError, e instanceof Error);
}
Error = 5;
console.log(Error, typeof RangeError, 'AggregateError' in global);
try {
  undefinedName;
} catch (e) {
  console.log(e.constructor.name, e instanceof ReferenceError);
}
console.log(typeof global.process, process === global.process);
process.nextTick(() => console.log('tick', typeof process.exitCode));
