// §4 E38 async-return-thenable: returning a non-promise thenable = 2 turns
async function f() { return { then(r) { console.log('then-called'); r('v'); } }; }
f().then(v => console.log('got-' + v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
