// topic: awaiting timers/promises setTimeout in async functions: each continuation runs in the drain of the timer callback that resolved its promise, before plain timers queued after it in the same list
const { setTimeout: sleep } = require('timers/promises');
async function worker(name, ms) {
  console.log(name, 'start');
  await sleep(ms);
  console.log(name, 'after sleep', ms);
  const v = await sleep(ms, name.toUpperCase());
  console.log(name, 'got', v);
  return v;
}
worker('a', 200).then((v) => console.log('worker a done', v));
setTimeout(() => console.log('plain 200'), 200);
worker('b', 200);
worker('c', 500);
setTimeout(() => console.log('plain 500'), 500);
