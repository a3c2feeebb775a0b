// §4.1 uncaughtException: a listener that throws ends the process at once with code 7 (whatever process.exitCode says), without 'exit'
process.exitCode = 5;
process.on('uncaughtException', (err) => {
  console.log('caught', err.message);
  throw new Error('in listener');
});
process.on('uncaughtException', () => console.log('never'));
process.on('exit', (code) => console.log('exit: never', code));
setTimeout(() => console.log('timer: never'), 10);
throw new Error('first');
