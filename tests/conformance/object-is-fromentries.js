// Object.is is SameValue; Object.fromEntries builds an object from [key, value] pairs;
// Number.isSafeInteger
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'), Object.is({}, {}));
const prices = { apple: 1.5, pear: 2 };
console.log(Object.fromEntries(Object.entries(prices).map((e) => [e[0], e[1] * 2])));
console.log(Object.fromEntries([['a', 1], [2, 'two']]));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger('5'));
