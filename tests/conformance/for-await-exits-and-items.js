// for await: thenables and promises as items, continue to an outer loop,
// return and finally inside the body, an empty iterable, timers
let t = 0;
const tick = () => { if (t < 30) { console.log('tick', ++t); Promise.resolve().then(tick); } };
Promise.resolve().then(tick);
const thenable = { then(r) { console.log('thenable then'); r('T'); } };
async function a() {
  for await (const x of [thenable, 'plain', Promise.resolve('P')]) console.log('a', x);
  outer: for (const i of [1, 2]) {
    for await (const y of [10, 20]) {
      console.log('b', i, y);
      if (y === 10) continue outer;
    }
  }
  for await (const [k, v] of [['k1', 1], ['k2', 2]].entries()) console.log('c', k, v);
  for await (let s of 'ab') { s += '!'; console.log('d', s); }
  const r = await (async () => { for await (const z of [1, 2]) { if (z === 2) return 'ret ' + z; } })();
  console.log(r);
  try {
    for await (const w of [1]) {
      try { throw new Error('inner'); } finally { console.log('finally inside'); }
    }
  } catch (e) { console.log('caught', e.message); }
  for await (const q of []) console.log('never');
  console.log('empty done');
  for await (const e of [new Promise((_, rej) => setTimeout(() => rej(new Error('late')), 5))].map(p => p.catch(e => e.message))) console.log('e', e);
}
a().then(() => console.log('a done'));
console.log('sync end');
