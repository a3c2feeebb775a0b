// syntax: U+2028 and U+2029 may appear raw inside string literals (ES2019); escaped, they continue the line
const s = 'a b';
const t = "c d";
console.log(s.length, t.length, JSON.stringify(s + t));
console.log('e\ f'.length);
