// §3 a rejection travels through then-links without onRejected, one turn per link
Promise.reject('R')
  .then(() => console.log('skip 1'))
  .then(() => console.log('skip 2'))
  .then(() => console.log('skip 3'))
  .catch(r => console.log('caught', r));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4')).then(() => console.log('x5'));
