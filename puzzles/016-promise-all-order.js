// title: Promise.all keeps input order
// difficulty: 3
// tags: promise-all, timers, combinators
function delay(value, ms) {
  return new Promise(resolve => setTimeout(() => {
    console.log(`settled ${value}`);
    resolve(value);
  }, ms));
}
const slow = delay('slow', 100);
const fast = delay('fast', 20);
Promise.all([slow, fast, 'plain']).then(values => {
  console.log('all:', values);
});
console.log('waiting');
