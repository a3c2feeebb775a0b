// timers: clearImmediate of a ref'd Timeout takes Node's immediate count and ref count below zero; they wrap, so the next setImmediate brings both back to zero: it never runs and does not keep the loop alive, while the timer ref count, kept, lets an unref'd timer run
const t = setTimeout(() => console.log('never: cancelled'), 10);
clearImmediate(t);
setImmediate(() => console.log('never: the count is zero'));
setTimeout(() => console.log('unref 30 ms'), 30).unref();
console.log('main done');
