// §3 finally returning a rejected promise replaces the fulfilment with that rejection
Promise.resolve('kept?')
  .finally(() => Promise.reject(new Error('finally rejection')))
  .then(v => console.log('value', v), e => console.log('error', e.message));
Promise.resolve('kept')
  .finally(() => Promise.resolve('ignored'))
  .then(v => console.log('value', v));
