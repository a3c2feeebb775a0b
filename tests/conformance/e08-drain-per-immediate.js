// §1 E08 drain-per-immediate: same rule for setImmediate callbacks
setImmediate(() => {
  console.log('i1');
  Promise.resolve().then(() => console.log('p1'));
  process.nextTick(() => console.log('n1'));
});
setImmediate(() => console.log('i2'));
