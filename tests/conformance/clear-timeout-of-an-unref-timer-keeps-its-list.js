// timers: clearTimeout of an unref'd timer leaves its (empty) list until it expires, as Node's unenroll does, so the loop still wakes then: an unref'd immediate runs at 30 ms, not at 1000 ms
const u = setTimeout(() => console.log('never: cleared'), 30).unref();
clearTimeout(u);
setTimeout(() => {
  console.log('5 ms');
  setImmediate(() => {
    console.log('unref immediate');
    setTimeout(() => console.log('20 ms after the immediate'), 20);
  }).unref();
}, 5);
setTimeout(() => console.log('1000 ms'), 1000);
