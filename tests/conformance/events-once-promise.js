// topic: events.once(emitter, name) adds once listeners synchronously and returns the promise of an async function: it fulfils with the array of emit arguments two turns after the emit, or rejects on an 'error' event
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
async function waitFor() {
  const args = await once(e, 'ready');
  console.log('ready with', args);
}
waitFor();
console.log('listeners', e.listenerCount('ready'), e.listenerCount('error'));
once(e, 'ready').then((args) => console.log('then', args));
setTimeout(() => {
  Promise.resolve()
    .then(() => console.log('turn 1'))
    .then(() => console.log('turn 2'))
    .then(() => console.log('turn 3'))
    .then(() => console.log('turn 4'));
  console.log('emit returned', e.emit('ready', 1, 'two'));
  console.log('listeners now', e.listenerCount('ready'), e.listenerCount('error'));
}, 20);
setTimeout(() => {
  once(e, 'close').catch((err) => console.log('rejected:', err.message));
  console.log(e.emit('error', new Error('broken')), e.listenerCount('close'));
}, 40);
