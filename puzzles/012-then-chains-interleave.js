// title: Two chains, one queue
// difficulty: 2
// tags: microtask, then-chain
Promise.resolve('x')
  .then(v => { console.log('chain A step 1 got', v); return v + 'y'; })
  .then(v => { console.log('chain A step 2 got', v); return v + 'z'; })
  .then(v => console.log('chain A step 3 got', v));
Promise.resolve(1)
  .then(n => { console.log('chain B step 1 got', n); return n * 10; })
  .then(n => { console.log('chain B step 2 got', n); });
console.log('chains built');
