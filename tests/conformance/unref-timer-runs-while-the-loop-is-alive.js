// timers: an unref'd timer still runs when due if other work keeps the loop alive, also work added by 'beforeExit'
let rounds = 0;
setTimeout(() => console.log('unref 10 ms'), 10).unref();
setTimeout(() => console.log('unref 200 ms'), 200).unref();
setTimeout(() => console.log('ref 30 ms'), 30);
process.on('beforeExit', () => {
  console.log('beforeExit', ++rounds);
  if (rounds === 1) setTimeout(() => console.log('ref 300 ms from beforeExit'), 300);
});
