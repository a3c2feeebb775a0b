// §4.1 uncaughtException: without an 'unhandledRejection' listener, an unhandled rejection reaches it with origin 'unhandledRejection' at the check point; a non-Error reason is wrapped
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err instanceof Error, origin, err.code, err.message);
});
Promise.reject(new Error('boom'));
Promise.reject(42);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer'), 10);
