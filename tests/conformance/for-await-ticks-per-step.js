// for await over a sync iterable: two ticks per step (the async-from-sync
// iterator's unwrap, then the await), two more to see the end; leaving early
// (break, throw) awaits the iterator's closing: one tick
let t = 0;
const tick = () => { if (t < 14) { console.log('tick', ++t); Promise.resolve().then(tick); } };
Promise.resolve().then(tick);
async function a() {
  console.log('start');
  for await (const x of [1, 2, 3]) { console.log('x', x); if (x === 2) break; }
  console.log('after break');
  try { for await (const x of [1]) { console.log('y', x); throw new Error('boom'); } } catch (e) { console.log('caught', e.message); }
  try { for await (const x of [Promise.reject(new Error('rej'))]) { console.log('z', x); } } catch (e) { console.log('caught', e.message); }
}
a().then(() => console.log('a done'));
