// §4.1 with a listener, each macrotask's unhandled rejections are reported at the end of its drain
process.on('unhandledRejection', r => console.log('unhandled:', r));
setTimeout(() => {
  console.log('T1');
  Promise.reject('from T1');
  Promise.resolve().then(() => console.log('T1 micro'));
}, 0);
setTimeout(() => {
  console.log('T2');
  Promise.reject('from T2');
}, 0);
