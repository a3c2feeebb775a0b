// ES module (Node 20 runs a .js file with top-level await as one): the
// loader evaluates it inside one of its promise jobs, so the promise jobs
// the module queues run before its nextTicks, and the loop goes on to the
// check phase first (immediates before timers)
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'));
queueMicrotask(() => console.log('queued microtask'));
console.log('sync');
await null;
console.log('after await');
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('p3'));
const value = await new Promise(r => setTimeout(() => r('from a timer'), 20));
console.log('after timer await', value);
process.nextTick(() => console.log('tick 3'));
Promise.resolve().then(() => console.log('p4'));
