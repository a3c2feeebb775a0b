// §4.1 uncaughtException: a handled exception leaves the process alive: 'beforeExit' and 'exit' come as usual, with the exitCode the listener set
process.on('uncaughtException', (err) => {
  console.log('caught', err.message);
  process.exitCode = 3;
});
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('timer'); }, 5);
setTimeout(() => console.log('later timer'), 10);
