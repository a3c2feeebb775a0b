// statements: delete of an array element leaves a hole: the length stays, `in` and hasOwnProperty say false, array methods skip or keep it as JS does
const xs = [1, 2, 3, 4];
console.log(delete xs[1], delete xs[9], xs, xs.length);
console.log(1 in xs, xs.hasOwnProperty(1), xs.hasOwnProperty(2), xs[1]);
console.log(Object.keys(xs), JSON.stringify(xs), xs.join('-'), { ...xs });
xs.forEach((x, i) => console.log('forEach', i, x));
console.log(xs.map((x) => x * 10), [...xs], xs.filter(() => true));
console.log(xs.reduce((a, b) => a + b), xs.some((x) => x === undefined), xs.every((x) => x > 0));
console.log(xs.indexOf(undefined), xs.includes(undefined), xs.find((x) => x === undefined), xs.findIndex((x) => x === undefined));
console.log(xs.slice(0, 3), xs.concat([5]), [undefined, ...xs].sort(), xs.flat());
for (const x of xs) console.log('for-of', x);
for (const i in xs) console.log('for-in', i);
delete xs[0];
delete xs[3];
console.log(xs, xs.length);
console.log(delete xs.length, xs.length);
