// for await: items that timers settle are reached in array order, each
// step after its item settles, interleaved with other timers' output
const sleep = (ms, v) => new Promise(r => setTimeout(() => { console.log('timer', v); r(v); }, ms));
async function run() {
  const items = [sleep(400, 'slow'), sleep(100, 'fast'), 'now'];
  for await (const v of items) {
    console.log('got', v);
    Promise.resolve().then(() => console.log('micro after', v));
    process.nextTick(() => console.log('tick after', v));
  }
  console.log('loop done');
}
run();
setTimeout(() => console.log('timer 250'), 250);
