// §3 E33 executor-throw: a throw before resolve rejects; resolve(rejectedPromise) adopts rejection
new Promise(() => { throw new Error('boom'); }).catch(e => console.log('caught-' + e.message));
new Promise(r => r(Promise.reject(new Error('inner')))).catch(e => console.log('adopted-' + e.message));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
