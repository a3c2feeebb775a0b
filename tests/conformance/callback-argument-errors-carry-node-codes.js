// Node's argument errors are coded: `code`, and the code in the stack's first
// line and in `toString`.
const EventEmitter = require('events');
const attempts = [
  () => setTimeout(undefined),
  () => process.nextTick(5),
  () => queueMicrotask('x'),
  () => setImmediate(null),
  () => new EventEmitter().on('x', 5),
  () => new EventEmitter().setMaxListeners('a'),
  () => new EventEmitter().setMaxListeners(-1),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    console.log(e.code, e.name, Object.keys(e));
    console.log(String(e));
    console.log(e.stack.split('\n')[0]);
  }
}
setTimeout('not a function');
