// §3 a throw inside finally replaces the value; the next link runs in turn 2
Promise.resolve('original')
  .finally(() => { throw new Error('from finally'); })
  .then(v => console.log('not called', v), e => console.log('rejected with', e.message));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
