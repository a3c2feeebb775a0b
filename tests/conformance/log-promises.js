// §5 promises print their state at the moment of the call
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1 });
const rejected = Promise.reject('nope');
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(rejected);
console.log(Promise.resolve(), Promise.resolve('s'), [Promise.resolve(1)]);
const later = Promise.resolve().then(() => 'done');
console.log('before:', later);
setTimeout(() => console.log('after:', later), 0);
