// §3 reactions stored on a pending promise are queued in registration order when it settles
let resolveIt;
const p = new Promise(r => { resolveIt = r; });
p.then(v => console.log('first', v));
p.then(v => console.log('second', v));
Promise.resolve().then(() => console.log('unrelated'));
p.then(v => console.log('third', v));
resolveIt('go');
console.log('resolved synchronously, callbacks pending');
