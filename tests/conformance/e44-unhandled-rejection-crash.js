// §4.1 E44 unhandled-rejection-crash: current drain completes, then exit 1; no timers/immediates run
console.log('start');
Promise.reject(new Error('oops'));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
console.log('end');
