// §2 clearImmediate of a Timeout cancels it and counts it off Node's immediate count; with that count at zero the check phase is skipped, so waiting immediates never run (clearTimeout of an Immediate does nothing)
let n = 0;
const iv = setInterval(() => console.log('interval', ++n), 0);
setTimeout(() => {
  console.log('timer');
  clearImmediate(iv); // cancels the interval; the count (0) wraps to 2^32 - 1
  const t = setTimeout(() => console.log('never: cancelled'), 0);
  setImmediate(() => console.log('never: the count is zero again')); // count 0
  clearImmediate(t); // count 2^32 - 1
  clearTimeout(setImmediate(() => console.log('never either'))); // count 0
  process.nextTick(() => console.log('tick'));
}, 0);
