// console.assert prints nothing on stdout: a falsy value makes it warn
// `Assertion failed: <first part>` on stderr (the first part converted with
// its own toString), a truthy one does nothing. It is bound, so its length is 0.
const first = { toString() { console.log('toString'); return 'first'; } };
console.assert(true, first);
console.assert(0, first, 2);
console.assert(false);
console.log('after', console.assert.length, String(console.assert));
