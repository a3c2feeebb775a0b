// §2 E19 async-in-timers: an async callback's continuations finish before the next timer
setTimeout(async () => {
  console.log('t1-start');
  await null;
  console.log('t1-after-await');
  await new Promise(r => setTimeout(r, 0));
  console.log('t1-after-timer');
}, 0);
setTimeout(() => console.log('t2'), 0);
