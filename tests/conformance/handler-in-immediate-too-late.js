// §4.1 the check point is the end of the main drain: a handler attached in an immediate is too late (exit 1)
const p = Promise.reject(new Error('too late'));
Promise.resolve().then(() => console.log('micro still runs'));
setImmediate(() => {
  console.log('immediate (never)');
  p.catch(() => {});
});
console.log('sync');
