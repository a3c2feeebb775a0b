// flat() spreads one level by default, `depth` levels when given; holes are dropped
const nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.flat());
console.log(nested.flat(2));
console.log(nested.flat(Infinity));
console.log(nested.flat(0));
console.log([[1, 2], [3, [4]]].flat().length);
