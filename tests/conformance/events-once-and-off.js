// topic: a once listener is removed before it runs; off/removeListener take out the last registration; a listener added during an emit waits for the next emit, one removed during an emit still runs in it
const { EventEmitter } = require('node:events');
const e = new EventEmitter();
function b() { console.log('b'); }
e.once('go', (x) => {
  console.log('once', x, 'count now', e.listenerCount('go'));
  e.emit('go', 'nested');
});
e.on('go', (x) => {
  console.log('a', x);
  if (x === 'first') {
    e.on('go', () => console.log('added during emit'));
    e.off('go', b);
  }
});
e.on('go', b);
e.on('go', b);
console.log(e.emit('go', 'first'));
console.log('---', e.listenerCount('go'), e.listenerCount('go', b));
console.log(e.emit('go', 'second'));
e.removeListener('go', b);
e.removeListener('go', function unknown() {});
console.log('---', e.listenerCount('go'), e.listeners('go').length);
e.emit('go', 'third');
