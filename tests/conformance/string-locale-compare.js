// localeCompare (ICU root collation): case-blind first, lowercase before capital on
// ties; punctuation and spaces before digits before letters
const words = ['banana', 'Apple', 'apple', 'cherry', 'Banana', 'apple pie', 'apple-pie', 'Zed', 'zed', '10', '9', 'a1'];
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log('a'.localeCompare('B'), 'a'.localeCompare('A'), 'B'.localeCompare('a'), 'abc'.localeCompare('abc'));
const people = [{ n: 'bob', age: 30 }, { n: 'Alice', age: 30 }, { n: 'carl', age: 25 }];
console.log(people.sort((p, q) => p.age - q.age || p.n.localeCompare(q.n)).map((p) => p.n));
