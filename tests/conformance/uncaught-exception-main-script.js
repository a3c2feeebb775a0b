// §4.1 uncaughtException: a throw in the main script calls the listener with (err, 'uncaughtException'); the rest of the script never runs, what it queued does
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timer'), 20);
console.log('before throw');
throw new Error('main');
console.log('never');
