// §2 E12 immediate-in-timer: check phase comes before the next timers phase
setTimeout(() => {
  console.log('timeout');
  setTimeout(() => console.log('child-timeout'), 0);
  setImmediate(() => console.log('child-immediate'));
}, 0);
