// §4.1 uncaughtException: an interval whose callback throws is re-armed before the throw is reported, so it keeps firing
process.on('uncaughtException', (err) => console.log('caught', err.message));
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(id);
  throw new Error('interval ' + n);
}, 10);
