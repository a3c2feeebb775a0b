// process events: an unhandled rejection emits 'exit' with 1 at the end of the drain; an 'exit' listener may set the exit code
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 4;
});
Promise.reject(new Error('nobody handles me'));
Promise.resolve().then(() => console.log('promise in the same drain'));
setTimeout(() => console.log('timeout: never'), 1);
console.log('main');
