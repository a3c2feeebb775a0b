// §4.1 a program that ends by itself exits with process.exitCode (an integer or integer string, kept as given; the OS keeps the low 8 bits)
console.log('start', process.exitCode);
process.exitCode = '3';
console.log(process.exitCode, typeof process.exitCode);
setTimeout(() => {
  process.exitCode = 300;
  console.log('timer', process.exitCode);
}, 0);
