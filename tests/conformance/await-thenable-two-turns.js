// §4 await of a custom thenable costs 2 turns: one to call then, one to resume
const thenable = { then(resolve) { console.log('then called'); resolve('T'); } };
(async () => { const v = await thenable; console.log('resumed with', v); })();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
