// §3 a catch handler's return value fulfils the derived promise; the chain continues normally
Promise.reject(new Error('fail'))
  .catch(e => e.message.length)
  .then(n => { console.log('length', n); return n * 2; })
  .then(n => console.log('doubled', n))
  .catch(() => console.log('not reached'));
