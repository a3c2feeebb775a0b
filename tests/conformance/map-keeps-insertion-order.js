// runtime: a Map keeps insertion order; setting an existing key keeps its place, deleting and re-adding moves it last; set chains
const m = new Map();
m.set('b', 1).set('a', 2).set(3, 'three');
console.log([...m.keys()], m.size);
m.set('b', 10);
console.log([...m], m.get('b'));
console.log(m.delete('b'), m.delete('b'), m.has('b'), m.size);
m.set('b', 20);
console.log([...m.entries()]);
const copy = new Map(m);
copy.set('a', 'changed');
console.log(m.get('a'), copy.get('a'), copy.size);
m.clear();
console.log(m.size, [...m], m.get('a'), copy.size);
const fromIter = new Map([['x', 1], ['y', 2]].entries());
console.log(fromIter);
for (const [k, v] of copy) console.log('entry', k, v);
copy.forEach(function (v, k, map) {
  console.log('forEach', v, k, map === copy, this.tag);
}, { tag: 'T' });
console.log(Array.from(copy, ([k, v]) => `${k}=${v}`), Object.fromEntries(copy));
