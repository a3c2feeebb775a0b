// §2 E15 interval-clear: interval re-queues behind same-list timers; clearInterval stops it
let n = 0;
const id = setInterval(() => {
  console.log('iv' + ++n);
  Promise.resolve().then(() => console.log('m' + n));
  if (n === 3) clearInterval(id);
}, 0);
setTimeout(() => console.log('timeout'), 0);
