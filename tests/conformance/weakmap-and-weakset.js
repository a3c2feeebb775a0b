// runtime: WeakMap and WeakSet take only objects as keys, have no size and no iteration, and print without their entries
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
};
const k = {};
const wm = new WeakMap([[k, 1]]);
const ws = new WeakSet([k]);
console.log(wm, ws, [wm], { ws }, { a: { b: { c: wm } } }, String(wm), String(ws), wm.size, typeof wm);
wm.x = 1;
console.log(wm, JSON.stringify(wm), Object.keys(ws));
t('set a number', () => wm.set(1, 2));
t('add a string', () => ws.add('a'));
t('construct', () => new WeakMap([[1, 2]]));
t('construct set', () => new WeakSet([1]));
t('call', () => WeakMap());
t('lookups', () => [wm.get(1), wm.has(1), wm.delete(1), ws.has(1), ws.delete(1), wm.get(k), wm.has(k)]);
t('delete', () => [ws.has(k), ws.delete(k), ws.has(k)]);
t('spread', () => [...wm]);
t('for of', () => {
  for (const x of ws) console.log(x);
});
t('into a Map', () => new Map(wm));
t('chain', () => new WeakMap().set(k, 2).get(k));
t('names', () => `${WeakMap.length} ${WeakSet.name} ${wm.set.length} ${ws.add.name}`);
t('instanceof', () => [wm instanceof WeakMap, wm instanceof Map, ws instanceof WeakSet]);
t('no clear', () => [wm.clear, ws.forEach, 'get' in wm, 'size' in ws]);
t('receiver', () => new WeakMap().get.call(new Map(), 1));
t('number', () => new WeakMap(5));
const cache = new WeakMap();
async function memo(obj) {
  if (cache.has(obj)) return cache.get(obj);
  await null;
  cache.set(obj, obj.n * 2);
  return cache.get(obj);
}
const a = { n: 21 };
memo(a).then((v) => console.log('first', v, cache.has(a)));
console.log('pending', cache.has(a));
setTimeout(() => memo(a).then((v) => console.log('memoized', v)), 0);
