// runtime: Math.min / Math.max / Math.floor edge cases
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(), Math.min());
console.log(Math.floor(2.7), Math.floor(-2.1), Math.floor(5), Math.floor(-0.5));
console.log(Math.max(1, NaN), Math.max('7', 2), Math.min(...[4, 2, 8]));
