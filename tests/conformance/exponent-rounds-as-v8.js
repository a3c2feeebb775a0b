// `**` and Math.pow round as V8's own pow does (the fdlibm algorithm), not as
// the C library's: the last digit differs for a few percent of inputs.
const pairs = [[10, -5], [2, -0.5], [7, -2], [18, 17], [9, 17], [1.1, 100], [0.1, 3], [32, -4.710237979888916]];
for (const [x, y] of pairs) console.log(x ** y, Math.pow(x, y));
console.log(10 ** -5 === 0.00001, 2 ** 0.5, (-8) ** (1 / 3), (-2) ** 3, 1 ** Infinity, 2 ** -1074, 2 ** 1024);
