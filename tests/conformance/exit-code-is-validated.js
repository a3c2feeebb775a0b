// process events: process.exitCode takes integers, integer strings, null and undefined; process.exit() without a code uses it
for (const v of ['foo', 3.5, true, '3', null, undefined, -1, 2]) {
  try {
    process.exitCode = v;
    console.log('set', v, '->', process.exitCode);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(), 1);
