// runtime: rest parameters collect extra arguments; spread expands arrays into calls and literals
function sum(first, ...rest) {
  console.log('first', first, 'rest', rest);
  return rest.reduce((a, b) => a + b, first);
}
console.log(sum(1, 2, 3, 4));
console.log(sum(5));
const nums = [3, 9, 1];
console.log(Math.max(...nums), Math.min(...nums, 0));
const copy = [...nums];
copy.push(7);
console.log(nums, copy);
