// §3 E24 resolve-with-promise: resolve(nativePromise) in an executor = 2 extra turns
new Promise(r => r(Promise.resolve())).then(() => console.log('adopted'));
new Promise(r => r('plain')).then(() => console.log('plain'));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
