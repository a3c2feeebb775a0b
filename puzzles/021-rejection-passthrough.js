// title: Where does the rejection land?
// difficulty: 3
// tags: rejection, catch, then-chain
Promise.reject(new Error('bad input'))
  .then(() => console.log('step 1 (skipped)'))
  .then(() => console.log('step 2 (skipped)'))
  .catch(e => { console.log('caught:', e.message); return 'recovered'; })
  .then(v => console.log('after catch:', v));
Promise.resolve(1)
  .then(n => { throw new TypeError(`cannot use ${n}`); })
  .then(() => console.log('never printed'), e => console.log('onRejected:', e.name, e.message))
  .then(v => console.log('value after onRejected:', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
