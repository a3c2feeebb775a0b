// runtime: Array#sort of a short array calls the comparator in V8's order (run detection, then binary insertion), so logging and inconsistent comparators give Node's results
const calls = [];
const sorted = [5, 1, 4, 2, 3].sort((a, b) => {
  calls.push(`${a}${b}`);
  return a - b;
});
console.log(sorted, calls.join(' '));
console.log([3, 1, 2].sort((a, b) => a > b));
console.log([1, 5, 2, 4, 3, 9, 0].sort((a, b) => a < b).join());
console.log([2, 1, 3, 7, 5, 6, 4].sort(() => -1).join(), [2, 1, 3].sort(() => 1).join());
console.log([5, 4, 3, 2, 1].sort((a, b) => NaN).join(), [4, 3, 9, 1].sort((a, b) => b - a).join());
const seen = [];
['b', undefined, 'c', 'a'].sort((a, b) => {
  seen.push(a + b);
  return a < b ? -1 : 1;
});
console.log(seen.join(' '));
