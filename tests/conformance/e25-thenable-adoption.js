// §3 E25 thenable-adoption: a custom thenable's then is called in a job (1 turn), then 1 more turn
const thenable = { then(res) { console.log('then-called'); res('T'); } };
Promise.resolve(thenable).then(v => console.log('got' + v));
Promise.resolve().then(() => thenable).then(v => console.log('chain' + v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
console.log('sync');
