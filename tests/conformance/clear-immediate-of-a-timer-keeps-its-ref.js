// timers: clearImmediate of a ref'd Timeout cancels it, but Node's timer ref count keeps it for good (an unref'd timer then keeps the loop alive); its hasRef() is null, and ref()/unref() then only flip the flag
const t = setTimeout(() => console.log('never: cancelled'), 5);
clearImmediate(t);
console.log('hasRef', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
t.unref();
console.log('after unref', t.hasRef());
clearTimeout(t);
setTimeout(() => console.log('unref 20 ms runs'), 20).unref();
process.on('exit', () => console.log('exit'));
