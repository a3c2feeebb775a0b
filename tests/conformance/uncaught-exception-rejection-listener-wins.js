// §4.1 uncaughtException: with an 'unhandledRejection' listener too, only that one sees rejections; throws still go to 'uncaughtException'
process.on('uncaughtException', (err, origin) => console.log('uncaught', err, origin));
process.on('unhandledRejection', (reason) => console.log('unhandled', reason));
Promise.reject(42);
setTimeout(() => { throw 'a string'; }, 5);
setTimeout(() => { throw null; }, 10);
