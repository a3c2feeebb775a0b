// §3 a rejection passes through finally and reaches the next link in turn 4 (like a value)
Promise.reject(new Error('R'))
  .finally(() => console.log('finally runs'))
  .catch(e => console.log('catch after finally', e.message));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4')).then(() => console.log('x5'));
