// title: An object that pretends to be a promise
// difficulty: 4
// tags: thenable, microtask, await
const fakePromise = {
  then(onFulfilled) {
    console.log('fake then() called');
    onFulfilled('fake value');
  },
};
async function useIt() {
  console.log('before await');
  const v = await fakePromise;
  console.log('after await:', v);
}
useIt();
Promise.resolve()
  .then(() => console.log('real 1'))
  .then(() => console.log('real 2'))
  .then(() => console.log('real 3'));
console.log('sync end');
