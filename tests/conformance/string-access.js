// runtime: string length, index access and comparisons
const s = 'hello';
console.log(s.length, s[0], s[4], s[10], s + s.length);
console.log('abc' < 'abd', 'B' < 'a', 'apple'.length > 4);
