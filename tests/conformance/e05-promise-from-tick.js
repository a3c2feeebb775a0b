// §1 E05 promise-from-tick: runs after every tick (incl. ticks queued later)
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p-from-t1'));
  process.nextTick(() => console.log('t-from-t1'));
});
process.nextTick(() => console.log('t2'));
Promise.resolve().then(() => console.log('p0'));
