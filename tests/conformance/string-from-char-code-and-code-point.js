// String.fromCharCode takes each argument's ToUint16 (wrapping mod 2^16, NaN and
// Infinity are 0); String.fromCodePoint wants integers 0..0x10FFFF and throws a
// RangeError naming the first bad one, after converting the arguments before it
console.log(String.fromCharCode(72, 105), String.fromCharCode());
console.log(JSON.stringify(String.fromCharCode(65.9, '66', 65603, -65469, NaN, Infinity, null, undefined, true)));
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(233, 0x4e2d));
console.log(String.fromCharCode(...[104, 101, 108, 108, 111]), String.fromCharCode.apply(null, [111, 107]));
console.log(String.fromCharCode({ valueOf() { console.log('valueOf runs'); return 33; } }));
console.log(String.fromCodePoint(0x1F600, 97, '98'), String.fromCodePoint(0xD83D, 0xDE00), String.fromCodePoint().length);
console.log(JSON.stringify(String.fromCodePoint(-0, null, '', ' ', [])));
for (const v of [-1, 1.5, NaN, Infinity, 0x110000, '1e9', undefined, 'x', {}, [1, 2], 1e-7, -1e21, 0.1 + 0.2]) {
  try {
    String.fromCodePoint(v);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
try {
  String.fromCodePoint(65, { valueOf() { console.log('second converted'); return 66; } }, -3, { valueOf() { console.log('never'); return 1; } });
} catch (e) {
  console.log(e.message);
}
console.log(String.fromCharCode.length, String.fromCharCode.name, String.fromCodePoint.length, String.fromCodePoint.name);
console.log(String.fromCharCode, typeof String.fromCodePoint, String.hasOwnProperty('fromCharCode'));
