// §1 the main script's drain (ticks + microtasks, however long) completes before any timer
setTimeout(() => console.log('timer'), 0);
let n = 0;
function step() {
  n++;
  if (n % 2 === 0) process.nextTick(() => { console.log('tick', n); step(); });
  else if (n < 6) Promise.resolve().then(() => { console.log('micro', n); step(); });
}
step();
console.log('sync done');
