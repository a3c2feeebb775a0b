// §4.1 an uncaught throw in the main script: exit 1 at once, no ticks/microtasks/timers run
console.log('before');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setTimeout(() => console.log('timer'), 0);
throw new Error('main failure');
