// §2 setInterval repeats, and each repetition gets its own drain
let count = 0;
const id = setInterval(() => {
  count++;
  process.nextTick(() => console.log('  tick after', count));
  console.log('run', count);
  if (count === 4) clearInterval(id);
}, 10);
