// runtime: `in` and hasOwnProperty see no element at a hole or at a non-canonical index
const a = [];
a[2] = 'two';
a[4] = undefined;
console.log(0 in a, 2 in a, 4 in a, 5 in a, 'length' in a, '02' in a);
console.log(a.hasOwnProperty(1), a.hasOwnProperty('2'), a.hasOwnProperty(4), a.hasOwnProperty('02'), a.hasOwnProperty('length'));
a.shift();
console.log(1 in a, 0 in a, a.hasOwnProperty(1), Object.keys(a), a);
