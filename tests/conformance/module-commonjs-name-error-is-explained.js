// ES module: an error about a CommonJS name that escapes the module is
// explained by Node's loader on its way out (the message, read inside the
// module, is the plain one)
try {
  exports.value = 1;
} catch (e) {
  console.log(e.message);
}
await null;
console.log('reading __dirname');
console.log(__dirname);
