// §1 a drain runs after every setImmediate callback
setImmediate(() => {
  console.log('I1');
  Promise.resolve().then(() => console.log('I1 micro'));
  process.nextTick(() => console.log('I1 tick'));
});
setImmediate(() => {
  console.log('I2');
  queueMicrotask(() => console.log('I2 qm'));
});
Promise.resolve().then(() => console.log('main micro'));
