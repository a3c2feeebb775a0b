// runtime: push/pop/shift/unshift mutate and return; map/filter/reduce/slice return new values
const a = [1, 2, 3];
console.log(a.push(4, 5), a);
console.log(a.pop(), a.shift(), a);
console.log(a.unshift(0), a, a.length);
console.log(a.map(x => x * 10), a.filter(x => x % 2 === 0), a.reduce((s, x) => s + x, 100));
console.log(a.join('-'), a.join(), a.includes(3), a.includes(9), a.indexOf(3), a.indexOf(9));
console.log(a.slice(1), a.slice(1, 3), a.slice(-2), a);
const seen = [];
a.forEach((x, i) => seen.push(`${i}:${x}`));
console.log(seen, [].pop(), [].reduce((s, x) => s + x, 'init'));
