// §4.1 E52 unhandledRejection-listener: a listener suppresses the crash; it runs after the drain
process.on('unhandledRejection', r => console.log('listener-' + r));
Promise.reject('R');
Promise.resolve().then(() => console.log('m1'));
setTimeout(() => console.log('timeout'), 0);
