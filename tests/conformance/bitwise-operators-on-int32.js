// Bitwise operators convert their operands with ToInt32 (ToUint32 for the
// left side of `>>>`), shift by the low five bits, and bind between `&&`
// and equality (`|` loosest, then `^`, `&`); shifts bind between relational
// and additive operators.
console.log(7 / 2 | 0, -7 / 2 | 0, 2 ** 32 + 5 | 0, 2 ** 31 | 0, NaN | 0, Infinity | 0);
console.log(6 & 3, 6 | 3, 6 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7, ~'12', ~null);
console.log(1 << 31, 1 << 32, 1 << 33, -16 >> 2, -16 >>> 2, -1 >>> 0, 5 >>> 33);
console.log(1 | 2 === 2, (1 | 2) === 3, 1 + 2 << 1, 1 < 2 << 1, 5 & 3 ^ 1 | 8);
console.log('3' & '5', true | false, [] | 1, [7] ^ 0, { valueOf() { console.log('valueOf'); return 12; } } >> 1);
let flags = 0;
flags |= 4;
flags ^= 1;
flags <<= 2;
flags >>= 1;
flags &= 0b1010;
flags >>>= 0;
console.log(flags);
const pending = [3, 1, 2];
Promise.resolve(pending.length | 0).then((n) => console.log('mask', (1 << n) - 1));
