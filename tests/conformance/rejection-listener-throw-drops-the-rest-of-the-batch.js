// unhandled rejections: a throw from an 'unhandledRejection' listener leaves Node's batch, so the promises after it in the same batch are never reported
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection', reason);
  throw new Error('listener threw for ' + reason);
});
process.on('uncaughtException', (e, origin) => {
  console.log('uncaughtException', e.message, origin);
});
Promise.reject('a');
Promise.reject('b');
setTimeout(() => {
  console.log('timeout');
  Promise.reject('c');
}, 0);
console.log('main');
