// §3 Promise.all rejects at the first rejection reaction; later rejections are handled silently
const slowReject = Promise.resolve().then(() => {}).then(() => { throw new Error('second'); });
Promise.all([slowReject, Promise.reject(new Error('first')), 3])
  .then(v => console.log('never', v))
  .catch(e => console.log('all rejected with', e.message));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
setTimeout(() => console.log('no crash'), 0);
