// §2 from a timer callback, setImmediate runs before setTimeout(0): check phase precedes the next timers phase
setTimeout(() => {
  console.log('timer');
  setTimeout(() => console.log('timeout from timer'), 0);
  setImmediate(() => {
    console.log('immediate from timer');
    Promise.resolve().then(() => console.log('micro from immediate'));
  });
}, 0);
