// title: An interval shares its list with a timeout
// difficulty: 4
// tags: setInterval, timers, fifo
let n = 0;
const id = setInterval(() => {
  n++;
  console.log(`interval ${n}`);
  process.nextTick(() => console.log(`  tick after interval ${n}`));
  if (n === 3) clearInterval(id);
}, 0);
setTimeout(() => console.log('timeout A'), 0);
setTimeout(() => {
  console.log('timeout B');
  setTimeout(() => console.log('timeout C (from B)'), 0);
}, 0);
