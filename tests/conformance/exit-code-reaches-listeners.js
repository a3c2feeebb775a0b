// process events: process.exitCode (undefined at first) is what 'beforeExit' and 'exit' receive; an 'exit' listener may change it
console.log('exitCode at start:', process.exitCode);
process.on('beforeExit', (code) => console.log('beforeExit', code, process.exitCode));
process.on('exit', (code) => {
  console.log('exit 1st', code);
  process.exitCode = 7;
});
process.on('exit', (code) => console.log('exit 2nd', code, process.exitCode));
setTimeout(() => {
  process.exitCode = 3;
  console.log('timeout sets', process.exitCode);
}, 1);
