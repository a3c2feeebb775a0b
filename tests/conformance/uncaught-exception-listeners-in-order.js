// §4.1 uncaughtException: every listener runs, in order, with process as this; once and off work as for other events
const first = (err) => console.log('first', err.message);
process.on('uncaughtException', first);
process.once('uncaughtException', function (err, origin) { console.log('once', this === process, origin); });
process.on('uncaughtException', (err) => console.log('last', err.message));
setTimeout(() => { throw new Error('one'); }, 5);
setTimeout(() => { throw new Error('two'); }, 10);
setTimeout(() => { process.off('uncaughtException', first); throw new Error('three'); }, 15);
