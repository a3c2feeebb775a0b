// §1 E02 microtask-fifo: queueMicrotask and promise reactions share one FIFO queue
queueMicrotask(() => console.log('q1'));
Promise.resolve().then(() => console.log('p1'));
queueMicrotask(() => console.log('q2'));
Promise.resolve().then(() => console.log('p2'));
