// §2 E11 timer-in-timer: a timer created in a timer callback never runs in the same timers phase
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('A-child'), 0);
}, 0);
setTimeout(() => console.log('B'), 0);
setTimeout(() => console.log('C'), 1);
