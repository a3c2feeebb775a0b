// title: When is then read, when is it called?
// difficulty: 5
// tags: thenable, getter, promise-adoption
const sneaky = {
  get then() {
    console.log('then was READ');
    return resolve => {
      console.log('then was CALLED');
      resolve('sneaky value');
    };
  },
};
const p = new Promise(resolve => {
  console.log('executor start');
  resolve(sneaky);
  console.log('executor end');
});
p.then(v => console.log('p fulfilled with', v));
Promise.resolve()
  .then(() => console.log('other 1'))
  .then(() => console.log('other 2'))
  .then(() => console.log('other 3'));
console.log('script end');
