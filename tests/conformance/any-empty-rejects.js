// §3 Promise.any([]) rejects with an AggregateError whose errors list is empty
Promise.any([]).catch(e => {
  console.log(e instanceof AggregateError, e.name);
  console.log(e.message);
  console.log(e.errors);
});
Promise.any([Promise.reject('x'), Promise.reject('y'), Promise.reject('z')])
  .catch(e => console.log('errors in input order:', e.errors));
