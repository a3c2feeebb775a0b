// §4 a top-level await that never settles exits with 13 only when process.exitCode is unset
console.log('waiting');
process.exitCode = 2;
await new Promise(() => {});
