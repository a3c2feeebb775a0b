// §5 E56 long-arrays: more than 6 entries are grouped into aligned columns
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]);
console.log([1, 2, 3, 4, 5, 6]);
