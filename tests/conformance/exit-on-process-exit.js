// process events: process.exit(n) emits 'exit' with n at once, skips 'beforeExit', and nothing queued runs afterwards
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  Promise.resolve().then(() => console.log('promise from exit: never'));
});
process.on('exit', (code) => {
  console.log('second exit listener', code);
  process.exit(9);
});
process.on('exit', () => console.log('third exit listener: never'));
setTimeout(() => {
  console.log('timeout');
  Promise.resolve().then(() => console.log('promise from timeout: never'));
  process.exit(5);
  console.log('after exit: never');
}, 1);
