// runtime: long Maps and Sets break one entry per line like other containers, and show at most 100 entries
const long = new Map([
  ['alpha', 'aaaaaaaaaaaaaa'],
  ['beta', 'bbbbbbbbbbbbbbbbbbb'],
  ['gamma', 'ggggggggggggggggg'],
  ['delta', 'dddd'],
]);
console.log(long);
console.log(new Set(['aaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbb', 'ggggggggggggggggg', 'ddddddddddddddddd', 'eeeeeeeee']));
console.log(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]));
console.log({ inner: long, list: [long.entries()] });
const big = new Map();
for (let i = 0; i < 103; i++) big.set(i, 'v' + i);
console.log(big);
const bigSet = new Set(big.values());
console.log(bigSet.size, [...bigSet].slice(-2));
const keys = big.keys();
for (let i = 0; i < 100; i++) keys.next();
console.log(keys, big.entries());
const pairs = new Map([[1, { a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27] }]]);
console.log(pairs.entries());
console.log(new Map([['a very long key that goes on and on and on', 'a very long value that goes on and on and on']]).entries());
console.log(new Set([{ a: 1, b: 'two', c: [3, 4] }, { d: { e: { f: { g: 1 } } } }, 'and a long string to break the line']));
