// runtime: Map and Set iteration is live: added entries are visited, entries deleted before their turn are skipped, a deleted and re-added entry comes again at the end
const s = new Set([1, 2, 3]);
for (const x of s) {
  console.log('visit', x);
  if (x === 1) s.delete(2);
  if (x < 3) s.add(x + 10);
}
console.log([...s]);
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
let turns = 0;
m.forEach((v, k) => {
  console.log('forEach', k, v);
  if (k === 'a' && turns++ === 0) {
    m.delete('a');
    m.set('a', 100);
  }
});
console.log(m);
const it = m.keys();
console.log(it.next());
m.clear();
m.set('after clear', 1);
console.log(it.next(), it.next(), it.next());
const done = new Set([1]).values();
done.next();
done.next();
console.log(done.next());
const grow = new Set([1]);
for (const x of grow) if (x < 5) grow.add(x + 1);
console.log(grow);
const m2 = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const [first, ...rest] = m2;
console.log(first, rest);
const e = m2.entries();
e.next();
const [second] = e;
console.log(second, [...e]);
