// §4.1 an uncaught throw in a setImmediate callback ends the process; later immediates do not run
setImmediate(() => {
  console.log('I1');
  process.nextTick(() => console.log('I1 tick'));
  throw new RangeError('immediate failure');
});
setImmediate(() => console.log('I2'));
console.log('sync');
