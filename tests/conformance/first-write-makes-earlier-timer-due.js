// Node sets up stdout at the process's first write, which takes milliseconds:
// a 0 ms timer armed before that write is due when the loop first looks, so it
// runs before the immediate queued beside it (with no write in between, the
// two race).
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('first write, in a tick'));
