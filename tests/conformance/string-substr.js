// substr(start, length): a negative start counts back from the end, the length is
// clamped to what is left (negative or NaN is 0, undefined is all the rest)
const s = 'Hello, world';
console.log(s.substr(1, 3), s.substr(-5), s.substr(-5, 2), s.substr(2), s.substr());
console.log([s.substr(NaN, 2), s.substr(3, -1), s.substr(3, NaN), s.substr(-100, 3), s.substr(100)]);
console.log(s.substr(2, Infinity), s.substr(-Infinity, 2), s.substr(1.9, 2.9), s.substr('2', '3'));
console.log(s.substr(undefined, 2), s.substr(0, undefined), [s.substr(null, null)]);
console.log([''.substr(0, 1), 'abc'.substr(3)], 'a😀b'.substr(1, 2), 'a😀b'.substr(3));
console.log(s.substr.length, s.substr.name);
console.log(''.substr.call(12345, 1, 2), ''.substr.call(true, 1));
console.log('abc'.substr({ valueOf() { console.log('start first'); return 1; } }, { valueOf() { console.log('then length'); return 1; } }));
try {
  ''.substr.call(null, 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
