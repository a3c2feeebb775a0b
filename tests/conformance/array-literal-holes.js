// Holes in array literals: printed as empty items, skipped by forEach and for…in, read as undefined
const a = [1, , 3];
console.log(a, a.length, 1 in a, [,], [,].length, [1, ,], [, , 1]);
a.forEach((x, i) => console.log('each', i, x));
console.log(a.map(x => x * 2), a.join('-'), JSON.stringify(a), [...a], a.indexOf(undefined), a.includes(undefined));
const [p, q, r] = [1, , 3];
console.log(p, q, r, Object.keys([1, , 3]));
for (const x of [, 'z']) console.log('of', x);
for (const k in [, 'z']) console.log('in', k);
try { [1, , 2](); } catch (e) { console.log(e.message); }
try { [, 1](); } catch (e) { console.log(e.message); }
