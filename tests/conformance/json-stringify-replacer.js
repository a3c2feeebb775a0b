// JSON.stringify's replacer: a function is called on the holder with (key, value)
// after toJSON, starting with the "" key of a wrapper object, and what it returns
// is written (undefined leaves the property out); an array's strings and numbers
// are the only keys written of every object, in the array's order
const data = { name: 'Ann', tags: ['a', 'b'], nested: { secret: 1, keep: 2, 1: 'one' }, u: undefined };
console.log(JSON.stringify(data, (k, v) => {
  console.log('key', JSON.stringify(k), typeof v);
  return k === 'secret' ? undefined : v;
}));
console.log(JSON.stringify({ a: 1 }, function (k, v) {
  if (k === '') console.log('root holder', this);
  return v;
}));
console.log(JSON.stringify(data, ['nested', 'keep', 1, 'tags', 'name', 'name', 'missing'], 2));
console.log(JSON.stringify([1, 'x', { a: 1, b: 2 }], ['b']));
console.log(JSON.stringify({ d: { toJSON() { return 'T'; } } }, (k, v) => k + ':' + v));
console.log(JSON.stringify(5, (k, v) => v + 1), JSON.stringify('s', () => undefined));
console.log(JSON.stringify({ s: new Set([1, 2]) }, (k, v) => (v instanceof Set ? [...v] : v)));
