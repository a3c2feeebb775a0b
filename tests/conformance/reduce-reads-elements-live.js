// reduce and reduceRight read each element when they reach it: the callback
// sees its own changes, and elements removed before their turn are skipped.
let a = [1, 2, 3];
console.log(a.reduce((acc, x, i, arr) => { if (i === 0) arr.length = 1; return acc + x; }, 0));
a = [1, 2, 3];
console.log(a.reduceRight((acc, x, i, arr) => { if (i === 2) arr[0] = 10; return acc + x; }, 0));
a = [1, 2, 3];
console.log(a.reduceRight((acc, x, i, arr) => { if (i === 2) delete arr[1]; return acc + x; }, 0));
a = [1, 2, 3];
console.log(a.reduce((acc, x, i, arr) => { arr.push(1); return acc + x; }), a.length);
