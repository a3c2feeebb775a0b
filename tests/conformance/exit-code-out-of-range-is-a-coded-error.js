// process: process.exit with a fractional code throws Node's RangeError [ERR_OUT_OF_RANGE] (the code shows in the crash header) before any 'exit' listener runs
process.on('exit', (code) => console.log('exit', code));
try {
  process.exitCode = 2.5;
} catch (e) {
  console.log(e.name, e.code, String(e));
}
console.log('main');
process.exit(1.5);
