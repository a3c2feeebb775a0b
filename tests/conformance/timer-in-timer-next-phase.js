// §2 a timer created during the timers phase runs after every already-due timer, even of its own list
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('A child'), 0);
}, 0);
setTimeout(() => {
  console.log('B');
  setTimeout(() => console.log('B child'), 0);
}, 0);
setTimeout(() => console.log('C'), 0);
