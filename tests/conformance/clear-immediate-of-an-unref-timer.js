// timers: clearImmediate of an unref'd Timeout counts it off Node's immediate count but not off the ref count: a waiting immediate does not run until a new setImmediate makes the count non-zero
const t = setTimeout(() => console.log('never: cancelled'), 10).unref();
const i = setImmediate(() => console.log('immediate, late'));
i.unref();
clearImmediate(t);
console.log(t.hasRef(), i.hasRef());
setTimeout(() => {
  console.log('20 ms');
  setImmediate(() => console.log('second immediate'));
}, 20);
