// §4.1 uncaughtException: after a timer throws, the next due timer runs before the drain (Node restarts processTimers), then the drain covers both
// (The 9 ms timer's first write takes Node some milliseconds: by the time it is done, all four 10 ms
// timers are due, even one created a millisecond after the others.)
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => {
  setTimeout(() => console.log('first write'), 9);
  setTimeout(() => { console.log('a'); process.nextTick(() => console.log('a tick')); throw new Error('a'); }, 10);
  setTimeout(() => { console.log('b'); process.nextTick(() => console.log('b tick')); throw new Error('b'); }, 10);
  setTimeout(() => { console.log('c'); process.nextTick(() => console.log('c tick')); Promise.resolve().then(() => console.log('c promise')); }, 10);
  setTimeout(() => { console.log('d'); }, 10);
}, 1);
