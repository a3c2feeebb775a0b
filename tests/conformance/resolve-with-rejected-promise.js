// §3 resolve(rejectedPromise) adopts the rejection, 2 turns later than a direct reject
new Promise(r => r(Promise.reject(new Error('adopted')))).catch(e => console.log('catch', e.message));
new Promise((r, j) => j(new Error('direct'))).catch(e => console.log('catch', e.message));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
