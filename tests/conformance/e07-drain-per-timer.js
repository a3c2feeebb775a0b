// §1 E07 drain-per-timer: ticks+microtasks drained after EACH timer callback
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p1'));
  process.nextTick(() => console.log('n1'));
}, 0);
setTimeout(() => console.log('t2'), 0);
