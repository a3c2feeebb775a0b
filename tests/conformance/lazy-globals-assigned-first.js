// runtime: assigning `process`, a timer function or an error constructor before the program names it replaces it for the program; the others are there
const global = (function () {
  return this;
})();
global.process = 'replaced';
console.log(process);
queueMicrotask = function (f) {
  console.log('own queueMicrotask');
  f();
};
queueMicrotask(() => console.log('ran'));
console.log(typeof setInterval, 'clearImmediate' in global, typeof global.setTimeout);
setTimeout(() => console.log('timer'), 0);
SyntaxError = 'mine';
try {
  null.x;
} catch (e) {
  console.log(SyntaxError, e.constructor.name, e instanceof TypeError);
}
