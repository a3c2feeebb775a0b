// ES module: an error escaping the module's top level rejects its
// evaluation, and Node's loader throws it only after four promise jobs of
// its own: promise jobs queued before then still run, ticks do not
Promise.resolve()
  .then(() => console.log('micro 1'))
  .then(() => console.log('micro 2'))
  .then(() => console.log('micro 3'))
  .then(() => console.log('micro 4'))
  .then(() => console.log('micro 5'))
  .then(() => console.log('micro 6'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
console.log('before await');
await null;
console.log('after await');
null.boom;
