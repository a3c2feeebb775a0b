// §1 nextTick queue drains before the promise microtask queue, whatever the creation order
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('tick'));
console.log('sync');
