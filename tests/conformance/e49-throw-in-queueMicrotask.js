// §4.1 E49 throw-in-queueMicrotask: immediate crash, remaining microtasks do not run
queueMicrotask(() => { console.log('q1'); throw new Error('qm'); });
queueMicrotask(() => console.log('q2'));
Promise.resolve().then(() => console.log('p'));
process.nextTick(() => console.log('tick'));
