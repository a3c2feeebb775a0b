// §1 a throw inside a promise reaction only rejects the derived promise; draining continues
Promise.resolve()
  .then(() => { console.log('m1 throws'); throw new Error('bad'); })
  .catch(e => console.log('caught', e.message));
Promise.resolve().then(() => console.log('m2')).then(() => console.log('m3'));
setTimeout(() => console.log('timeout still runs'), 0);
