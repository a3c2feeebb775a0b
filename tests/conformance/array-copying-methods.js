// toSorted, toReversed, toSpliced and with leave the array alone and read
// holes as undefined; copyWithin works in place and copies holes as holes;
// codePointAt joins a surrogate pair, and reads a lone low half as itself
const a = [3, 1, , 2];
console.log(a.toSorted(), a.toReversed(), a.toSpliced(1, 1, 'x', 'y'), a.with(-1, 9), a);
for (const i of [4, -5, undefined, 1.5, {}]) {
  try {
    a.with(i, 1);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
try {
  a.toSorted(1);
} catch (e) {
  console.log(e.name, e.message);
}
console.log([5, 1, 10].toSorted((x, y) => x - y), [1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(1), [1, 2, 3].with('1', 'z'));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2), [1, , 3].copyWithin(0, 1));
console.log('😀x'.codePointAt(0), '😀x'.codePointAt(1), '😀x'.codePointAt(2), 'abc'.codePointAt(5), 'abc'.codePointAt(-1), 'abc'.codePointAt());
console.log([].toSorted.length, [].toSpliced.length, [].with.length, [].copyWithin.length, ''.codePointAt.length, [].toReversed.length);
