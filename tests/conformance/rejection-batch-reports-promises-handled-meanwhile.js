// unhandled rejections: Node takes the whole batch before emitting, so a promise that a listener for an earlier one handles is still reported
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection', reason);
  if (reason === 'a') b.catch(() => console.log('b caught by the listener for a'));
});
const a = Promise.reject('a');
const b = Promise.reject('b');
Promise.reject('c');
console.log('main');
