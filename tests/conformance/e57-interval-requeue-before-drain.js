// §2 E57 interval-requeue-before-drain: the interval is re-queued before its drain runs
let n = 0;
const id = setInterval(() => {
  console.log('iv' + ++n);
  if (n === 1) Promise.resolve().then(() => setTimeout(() => console.log('x'), 0));
  if (n === 3) clearInterval(id);
}, 0);
