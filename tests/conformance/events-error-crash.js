// topic: an unhandled 'error' event with a non-Error argument crashes the process with ERR_UNHANDLED_ERROR; the emit call's caller never continues
const EventEmitter = require('events');
const e = new EventEmitter();
setTimeout(() => console.log('never'), 20);
process.nextTick(() => console.log('never either'));
console.log('about to emit');
e.emit('error', 'disk full');
console.log('not reached');
