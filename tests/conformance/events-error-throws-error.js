// topic: an unhandled 'error' event with an Error argument throws that error from emit, inside a timer callback: the process dies with it
const EventEmitter = require('events');
const e = new EventEmitter();
setTimeout(() => {
  console.log('timer');
  Promise.resolve().then(() => console.log('never'));
  e.emit('error', new Error('connection reset'));
}, 20);
setTimeout(() => console.log('never either'), 40);
