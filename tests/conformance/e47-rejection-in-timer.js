// §4.1 E47 rejection-in-timer: crash after that timer's drain; the next timer never runs
setTimeout(() => {
  console.log('t1');
  Promise.reject(new Error('in-timer'));
  Promise.resolve().then(() => console.log('m1'));
  process.nextTick(() => console.log('n1'));
}, 0);
setTimeout(() => console.log('t2'), 0);
