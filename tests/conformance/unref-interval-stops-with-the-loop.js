// timers: an unref'd interval runs while a ref'd timer keeps the loop alive, then the process exits without it
let n = 0;
const iv = setInterval(() => console.log('interval', ++n), 600);
iv.unref();
setTimeout(() => console.log('timeout at 1500 ms'), 1500);
process.on('beforeExit', () => console.log('beforeExit after', n, 'intervals'));
