// §4.1 E46 handler-in-timer-too-late: attaching .catch in a later macrotask is too late -> crash
const p = Promise.reject(new Error('x'));
console.log('sync');
setTimeout(() => { console.log('attach'); p.catch(() => console.log('handled')); }, 0);
