// runtime: JSON.stringify of nested plain data; undefined and functions are dropped in objects, null in arrays
const data = { name: 'ada', tags: ['a', 'b'], nested: { deep: { n: 1.5 } }, nothing: null, skip: undefined, f() {} };
console.log(JSON.stringify(data));
console.log(JSON.stringify([1, 'two', undefined, () => 1, null, true]));
console.log(JSON.stringify('quote " and \\'), JSON.stringify(42), JSON.stringify(NaN), JSON.stringify(undefined));
console.log(JSON.stringify({ a: [1, { b: 2 }], s: 'x' }), JSON.stringify([]), JSON.stringify({}));
