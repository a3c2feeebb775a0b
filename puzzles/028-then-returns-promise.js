// title: Returning a promise from then is slow
// difficulty: 4
// tags: microtask, then-chain, promise-adoption
Promise.resolve()
  .then(() => {
    console.log('A1');
    return Promise.resolve('A-value');
  })
  .then(v => console.log('A2', v));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'))
  .then(() => console.log('B5'));
