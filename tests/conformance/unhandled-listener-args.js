// §4.1 an unhandledRejection listener receives (reason, promise) and runs after the microtasks
let rejected;
process.on('unhandledRejection', (reason, promise) => {
  console.log('listener:', reason, promise === rejected, promise instanceof Promise);
});
rejected = Promise.reject('why');
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer'), 0);
