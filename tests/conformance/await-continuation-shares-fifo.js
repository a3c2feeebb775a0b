// §1 await continuations, promise reactions and queueMicrotask share one FIFO queue
(async () => { await null; console.log('await A'); })();
queueMicrotask(() => console.log('qm B'));
Promise.resolve().then(() => console.log('then C'));
(async () => { await undefined; console.log('await D'); })();
queueMicrotask(() => console.log('qm E'));
