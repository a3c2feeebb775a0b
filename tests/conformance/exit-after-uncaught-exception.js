// process events: an uncaught exception emits 'exit' with 1 (no 'beforeExit'); the listener's promise jobs never run
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  Promise.resolve().then(() => console.log('promise from exit: never'));
});
setTimeout(() => {
  console.log('timeout');
  process.nextTick(() => console.log('tick: never'));
  throw new Error('boom');
}, 1);
setTimeout(() => console.log('second timeout: never'), 1);
