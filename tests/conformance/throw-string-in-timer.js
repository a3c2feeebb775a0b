// §4.1 throwing a non-Error value in a timer is still an uncaught exception (exit 1)
setTimeout(() => {
  console.log('T1');
  throw 'just a string';
}, 0);
setTimeout(() => console.log('T2'), 0);
