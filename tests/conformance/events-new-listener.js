// topic: 'newListener' is emitted before a listener is added (so it is not yet counted); 'removeListener' after one is removed
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', name, fn.name, e.listenerCount(name)));
e.on('removeListener', (name, fn) => console.log('removeListener', name, fn.name, e.listenerCount(name)));
function onData() { console.log('data'); }
function onEnd() { console.log('end'); }
e.on('data', onData);
e.once('end', onEnd);
e.prependListener('data', function first() {});
e.emit('data');
e.emit('end');
e.off('data', onData);
console.log(e.eventNames());
e.removeAllListeners();
console.log(e.eventNames());
