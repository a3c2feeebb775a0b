// §3 then(onF, onR): onR handles the source's rejection, not a throw from onF of the same then
Promise.reject(new Error('source'))
  .then(v => console.log('not called', v), e => console.log('onR got', e.message));
Promise.resolve('ok')
  .then(v => { throw new Error('from onF ' + v); }, e => console.log('onR not called', e))
  .then(null, e => console.log('next link got', e.message));
