// A primitive `this` stays a primitive in strict code; sloppy code would see
// it wrapped, which only matters where the function reads `this`.
function strict() {
  'use strict';
  return [typeof this, this];
}
console.log(strict.call(5), strict.apply('s'), strict.bind(true)());
console.log([1, 2].map(strict, 7));
function ignoresThis(a) {
  return a * 2;
}
console.log(ignoresThis.call(5, 4), [1, 2].map(ignoresThis, 'x'));
