// runtime: flatMap maps with (value, index, array) and thisArg, spreads array results one level, skips holes
const words = ['hello world', 'a b c'];
console.log(words.flatMap((s) => s.split(' ')));
console.log([1, 2, 3].flatMap((x, i, arr) => [x, [i, arr.length]]));
console.log([1, 2].flatMap(function (x) { return this.prefix + x; }, { prefix: '#' }));
console.log([1, 2, 3].flatMap((x) => (x % 2 ? [] : [[x]])), [].flatMap((x) => [x, x]));
const holes = [];
holes[1] = 'b';
holes[3] = 'd';
console.log(holes.flatMap((x, i) => [i, x]), holes.flat(), [[1, 2], 3].flat(0));
try {
  [1].flatMap('nope');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log([[3, 4], [5]].findLast((x) => x.length > 1), [5, 12, 8, 130].findLastIndex((x) => x > 10));
