// §4 E35 await-costs: await of native promise or plain value = 1 turn; of a thenable = 2 turns
(async () => { await { then(r) { r(); } }; console.log('thenable'); })();
(async () => { await Promise.resolve(); console.log('native'); })();
(async () => { await 42; console.log('value'); })();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
