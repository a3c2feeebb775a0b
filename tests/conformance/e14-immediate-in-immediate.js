// §2 E14 immediate-in-immediate: runs on the NEXT loop iteration, after already-queued ones
setImmediate(() => {
  console.log('i1');
  setImmediate(() => console.log('i1-child'));
  process.nextTick(() => console.log('n1'));
});
setImmediate(() => console.log('i2'));
