// §4.1 uncaughtExceptionMonitor: its listeners run first, for throws and rejections alike; alone they do not keep the process alive
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.once('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { Promise.reject(new Error('rejected')); }, 5);
setTimeout(() => { throw new Error('thrown'); }, 10);
