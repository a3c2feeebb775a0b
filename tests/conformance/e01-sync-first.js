// §1 E01 sync-first: sync code, then nextTicks, then microtasks, then timers
console.log('A');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('B');
