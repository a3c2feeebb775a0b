// .then callbacks that destructure their value, interleaved with other microtasks
Promise.all([1, Promise.resolve(2)]).then(([a, b]) => console.log('all', a, b));
Promise.resolve({ user: { name: 'ada' }, tries: 2 })
  .then(({ user: { name }, tries }) => {
    console.log('user', name, tries);
    return [name.toUpperCase(), tries + 1];
  })
  .then(([upper, next]) => console.log('next', upper, next));
Promise.resolve().then(() => console.log('plain 1')).then(() => console.log('plain 2'));
Promise.allSettled([Promise.reject(new Error('x'))]).then(([{ status, reason: { message } }]) =>
  console.log(status, message),
);
process.nextTick(() => console.log('tick'));
console.log('sync');
