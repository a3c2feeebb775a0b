// §4.1 process.exit() with no argument exits with process.exitCode; process.exit(undefined) resets it to 0
process.exitCode = 7;
setTimeout(() => {
  console.log('timer');
  process.exit();
  console.log('never');
}, 0);
Promise.resolve().then(() => console.log('microtask'));
