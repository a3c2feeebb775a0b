// §4 E37 return-promise-vs-await: returning a promise from an async fn = 3 turns; return await = 2
async function val() { return 1; }
async function viaReturn() { return Promise.resolve(1); }
async function viaAwait() { return await Promise.resolve(1); }
viaReturn().then(() => console.log('return-promise'));
viaAwait().then(() => console.log('return-await'));
val().then(() => console.log('return-value'));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
