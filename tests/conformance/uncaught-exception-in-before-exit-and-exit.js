// §4.1 uncaughtException: a throw in a 'beforeExit' listener is handled and Node's queued immediate brings 'beforeExit' back; one in an 'exit' listener is handled too
let n = 0;
process.on('uncaughtException', (err) => console.log('caught', err.message));
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', code, n);
  if (n < 3) throw new Error('beforeExit ' + n);
});
process.on('exit', (code) => {
  console.log('exit', code);
  throw new Error('in exit');
});
