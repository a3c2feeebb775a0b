// §4 await on a native promise attaches the continuation directly: an own `then` property is not consulted
const p = Promise.resolve('real value');
p.then = function () { console.log('patched then was called'); };
(async () => { const v = await p; console.log('await got', v); })();
Promise.resolve().then(() => p).then(v => console.log('never: resolve() calls the patched then, which never settles', v));
console.log('sync end');
