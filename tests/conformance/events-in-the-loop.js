// topic: emits from a timer, an immediate, a tick and a promise job run their listeners inside that callback; the queued work of the listeners waits for the drain after the callback
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('msg', (from) => {
  console.log('msg from', from);
  process.nextTick(() => console.log('  tick after', from));
  queueMicrotask(() => console.log('  microtask after', from));
});
setTimeout(() => { bus.emit('msg', 'timeout 1'); console.log('timeout 1 done'); }, 1000);
setTimeout(() => bus.emit('msg', 'timeout 2'), 1000);
setImmediate(() => bus.emit('msg', 'immediate'));
process.nextTick(() => bus.emit('msg', 'tick'));
Promise.resolve().then(() => bus.emit('msg', 'promise'));
bus.emit('msg', 'script');
