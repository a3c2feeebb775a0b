// topic: emitting 'error' with no listener throws the argument if it is an Error, otherwise Node's ERR_UNHANDLED_ERROR naming it; with a listener it is an ordinary event
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new TypeError('bad input'));
} catch (err) {
  console.log('caught', err.name, err.message);
}
for (const arg of ['boom', undefined, { code: 42 }, [1, 2]]) {
  try {
    e.emit('error', arg);
  } catch (err) {
    console.log(err.message, '|', err.code, err.context, err.name, err instanceof Error);
    console.log(String(err));
  }
}
e.on('error', (err) => console.log('listener got', err));
console.log(e.emit('error', 'handled'));
