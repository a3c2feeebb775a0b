// §1 a promise job queued by a tick runs after every tick, even ticks queued after it
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p from t1'));
  process.nextTick(() => console.log('t3 (queued by t1)'));
});
process.nextTick(() => {
  console.log('t2');
  process.nextTick(() => console.log('t4 (queued by t2)'));
});
