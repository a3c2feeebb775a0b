// indexOf/includes start at fromIndex, lastIndexOf searches backwards from it;
// negative indices count from the end
const a = [1, 2, 3, 1, 2, 3, NaN];
console.log(a.indexOf(1, 1), a.indexOf(3, -2), a.indexOf(2, 10));
console.log(a.lastIndexOf(1, 2), a.lastIndexOf(3, -3), a.lastIndexOf(1, -10));
console.log(a.includes(1, 4), a.includes(3, -2), a.includes(NaN), a.indexOf(NaN));
