// §3 a then-callback returning a sync custom thenable delays the next link by 2 turns
Promise.resolve()
  .then(() => ({ then(ok) { console.log('thenable.then called'); ok('T'); } }))
  .then(v => console.log('next link got', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
