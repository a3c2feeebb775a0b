// statements: for…in over an array gives index strings then named keys, over a string its index strings, over null/undefined/numbers nothing
const arr = ['x', 'y', 'z'];
arr.label = 'named';
for (const i in arr) console.log(typeof i, i, arr[i]);
for (const i in 'hé!') console.log('string index', i);
for (const k in null) console.log('never null');
for (const k in undefined) console.log('never undefined');
for (const k in 42) console.log('never number');
for (const k in true) console.log('never boolean');

// let/const get a binding per iteration, var one for the whole function.
const later = [];
for (let k in { a: 1, b: 2 }) later.push(() => 'let ' + k);
for (var v in { a: 1, b: 2 }) later.push(() => 'var ' + v);
let assigned;
for (assigned in { p: 1, q: 2 }) later.push(() => 'assigned ' + assigned);
for (const [first, second] in { ab: 1, cd: 2 }) later.push(() => first + '+' + second);
console.log(later.map((g) => g()));
