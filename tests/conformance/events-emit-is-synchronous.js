// topic: EventEmitter.emit runs every listener at once, in registration order, with the emitter as `this` and the emit arguments; no tick or promise job runs in between
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', function (a, b) {
  console.log('first', a, b, this === e);
  process.nextTick(() => console.log('tick from first'));
  Promise.resolve().then(() => console.log('job from first'));
});
e.addListener('data', (a) => console.log('second', a));
console.log('before emit');
console.log('emit returned', e.emit('data', 1, 2));
console.log('after emit; nobody listens to other:', e.emit('other'));
setTimeout(() => {
  console.log('timer');
  e.emit('data', 'from timer');
  console.log('timer end');
}, 20);
Promise.resolve().then(() => e.emit('data', 'from job'));
