// indexOf/lastIndexOf/includes/startsWith/endsWith take a position; indices count
// UTF-16 code units, so an emoji counts twice
const s = 'hello world, hello moon';
console.log(s.indexOf('o', 5), s.indexOf('hello', 1), s.indexOf('', 100), s.indexOf('o', -5));
console.log(s.lastIndexOf('o', 10), s.lastIndexOf('hello', 12), s.lastIndexOf('', 3));
console.log(s.includes('world', 7), s.startsWith('world', 6), s.endsWith('hello', 5));
console.log(s.substring(5, 2), s.substring(-3, 4), s.slice(-4, -1), s.substring(NaN, 3));
const e = 'a😀b';
console.log(e.length, e.indexOf('b'), e.slice(1, 3), e.slice(3), e.at(-1), e[3], e.includes('😀', 2));
console.log(Object.keys('abc'), { ...'hi' }, 'x'.padEnd(4, 'ab'));
