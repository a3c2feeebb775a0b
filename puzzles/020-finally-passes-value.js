// title: finally sees nothing, passes everything
// difficulty: 3
// tags: finally, microtask, rejection
Promise.resolve('gift')
  .finally(v => console.log('finally 1 received', v))
  .then(v => console.log('then received', v));
Promise.reject(new Error('oops'))
  .finally(() => console.log('finally 2 runs on rejection too'))
  .catch(e => console.log('catch received', e.message));
Promise.resolve('ignored')
  .finally(() => 'this return value is dropped')
  .then(v => console.log('after finally 3:', v));
Promise.resolve()
  .finally(() => { throw new Error('finally throws'); })
  .catch(e => console.log('finally 4 error wins:', e.message));
