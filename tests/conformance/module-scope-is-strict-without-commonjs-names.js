// ES module: top-level `this` is undefined, code is strict (a plain call
// gets no `this`), and CommonJS's names do not exist
await 0;
console.log(this);
function who() {
  return this;
}
console.log(who());
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
try {
  require.resolve;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  undeclared = 1;
} catch (e) {
  console.log(e.name, e.message);
}
