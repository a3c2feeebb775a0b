// title: Promise.any wants one success
// difficulty: 3
// tags: promise-any, aggregate-error, combinators
const mirrors = [
  Promise.reject(new Error('mirror 1 down')),
  new Promise(resolve => setTimeout(() => resolve('mirror 2'), 20)),
  new Promise(resolve => setTimeout(() => resolve('mirror 3'), 100)),
];
Promise.any(mirrors).then(m => console.log('downloading from', m));
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(e => {
  console.log(e instanceof AggregateError, e.name, e.errors);
});
console.log('asking mirrors');
