// §2 an interval re-queued behind a same-list timeout can be cleared by that timeout
let n = 0;
const id = setInterval(() => console.log('interval', ++n), 0);
setTimeout(() => {
  console.log('stopper');
  clearInterval(id);
}, 0);
