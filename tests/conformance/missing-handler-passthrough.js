// §3 a missing or non-callable handler passes the value through, still costing one job
Promise.resolve('v')
  .then()
  .then(null)
  .then(42)
  .then(v => console.log('value arrives', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
