// runtime: an array iterator reads the live array: pushes during the loop are seen, a shrink ends it, and once done it stays done
const a = [1, 2, 3];
for (const x of a.values()) {
  if (x < 3) a.push(x * 10);
  console.log('saw', x, 'length', a.length);
}
const it = a.keys();
console.log(it.next(), it.next());
a.length = 1;
console.log(it.next(), (a.push('back'), it.next()), a);
const partial = ['p', 'q', 'r', 's'].values();
for (const x of partial) {
  console.log('first', x);
  break;
}
const [y] = partial;
console.log('then', y, 'rest', [...partial], [...partial]);
const grow = [1, 2];
console.log(Array.from(grow, (x) => (grow.length < 5 && grow.push(x + 100), x)), grow);
const e = ['x'].entries();
const step = e.next;
console.log(step.call(e), step.call(e));
try {
  step.call({});
} catch (err) {
  console.log(err.constructor.name, err.message);
}
