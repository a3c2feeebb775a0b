// §2 interval re-queues behind same-list timers created before its callback ran
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('iv', n);
  if (n === 1) setTimeout(() => console.log('timeout made by iv1'), 0);
  if (n === 3) clearInterval(id);
}, 0);
setTimeout(() => console.log('timeout made at top'), 0);
