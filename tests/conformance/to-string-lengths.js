// Number.prototype.toString takes a radix, so its length is 1; the other
// built-in toString methods take nothing
console.log((1).toString.length, [].toString.length, ''.toString.length);
console.log({}.toString.length, new Error('x').toString.length);
