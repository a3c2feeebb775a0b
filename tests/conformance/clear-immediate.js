// §2 clearImmediate cancels a queued immediate, even from an earlier immediate of the same phase
let second;
setImmediate(() => {
  console.log('first');
  clearImmediate(second);
});
second = setImmediate(() => console.log('second (cancelled)'));
const third = setImmediate(() => console.log('third (cancelled at once)'));
clearImmediate(third);
setImmediate(() => console.log('fourth'));
