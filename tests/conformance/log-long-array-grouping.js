// §5 arrays with more than 6 entries are grouped into aligned columns (numbers right-aligned)
const nums = [];
for (let i = 1; i <= 26; i++) nums.push(i * i);
console.log(nums);
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([true, false, true, false, true, false, true]);
