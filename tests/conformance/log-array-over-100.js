// §5 at most 100 array items are shown, then '... N more items'
const a = [];
for (let i = 0; i < 103; i++) a.push(i);
console.log(a);
const b = [];
for (let i = 0; i < 101; i++) b.push(0);
console.log(b);
