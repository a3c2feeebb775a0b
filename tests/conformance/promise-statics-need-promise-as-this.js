// Promise.resolve and the other statics fail when called without Promise as `this`
const { resolve, reject, all, allSettled, race, any } = Promise;
for (const [name, fn] of Object.entries({ resolve, reject, all, allSettled, race, any })) {
  try {
    fn([]);
  } catch (err) {
    console.log(name, '->', err.message);
  }
}
Promise.resolve([1, 2])
  .then((values) => values.map(Promise.resolve))
  .catch((err) => console.log('map ->', err.message));
Promise.resolve(3)
  .then(Promise.resolve)
  .catch((err) => console.log('then ->', err.message));
console.log('bound works:', Promise.resolve.call(Promise, 4) instanceof Promise);
