// timers: an unref'd interval runs while a ref'd timer keeps the loop alive, then the process exits without it
let n = 0;
const iv = setInterval(() => console.log('interval', ++n), 150);
iv.unref();
setTimeout(() => console.log('timeout at 375 ms'), 375);
process.on('beforeExit', () => console.log('beforeExit after', n, 'intervals'));
