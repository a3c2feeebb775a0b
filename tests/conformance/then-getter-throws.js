// §3 if reading x.then throws during resolve, the promise rejects with that error
const bad = { get then() { throw new Error('getter exploded'); } };
new Promise(r => r(bad)).catch(e => console.log('rejected:', e.message));
Promise.resolve().then(() => bad).catch(e => console.log('chain rejected:', e.message));
console.log('sync');
