// §3 a then-callback returning a pending promise makes the chain wait for it
Promise.resolve()
  .then(() => new Promise(r => setTimeout(() => { console.log('inner timer'); r('inner'); }, 10)))
  .then(v => console.log('chain resumed with', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
