// util.promisify's callback settles the promise like an executor's resolve and
// reject: values, promises and thenables cost the usual ticks; later calls do nothing.
const { promisify } = require('util');
const syncOk = promisify((cb) => cb(null, 'sync'));
const withPromise = promisify((cb) => cb(null, Promise.resolve('inner')));
const withThenable = promisify((cb) => cb(null, { then(r) { r('thenable'); } }));
const twice = promisify((cb) => { cb(null, 1); cb(null, 2); cb(new Error('late')); });
const asyncFn = promisify(async (cb) => { await null; cb(null, 'from async'); });
Promise.resolve().then(() => console.log('ref 1')).then(() => console.log('ref 2')).then(() => console.log('ref 3')).then(() => console.log('ref 4'));
syncOk().then(v => console.log(v));
withPromise().then(v => console.log(v));
withThenable().then(v => console.log(v));
twice().then(v => console.log('twice', v));
asyncFn().then(v => console.log(v));
const rej = promisify((cb) => cb('string error'));
rej().catch(e => console.log('rejected with', e));
const falsy = promisify((cb) => cb(0, 'zero err'));
falsy().then(v => console.log('falsy err resolves', v));
