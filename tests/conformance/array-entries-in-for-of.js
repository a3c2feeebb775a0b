// runtime: keys()/values()/entries() in for…of with destructuring, spread, Array.from, fromEntries
const fruits = ['apple', 'banana', 'cherry'];
for (const [i, v] of fruits.entries()) console.log(i, v);
for (const k of fruits.keys()) console.log('key', k, typeof k);
for (const v of fruits.values()) console.log('value', v);
console.log([...fruits.keys()], [...fruits.values()], [...fruits.entries()]);
console.log(Array.from(fruits.entries()), Array.from(fruits.keys(), (k) => k * 10));
console.log(Object.fromEntries(fruits.entries()), Math.max(...fruits.keys()));
const [first, second, ...others] = fruits.entries();
console.log(first, second, others);
const sparse = [];
sparse[2] = 'c';
console.log([...sparse.keys()], [...sparse.values()], [...sparse.entries()]);
console.log([].keys().next(), fruits.values().next(), fruits.entries().next().value);
const total = [10, 20, 30].entries();
let sum = 0;
for (const [i, v] of total) sum += i * v;
console.log(sum, [...total], total.next());
