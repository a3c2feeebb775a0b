// title: Racing a slow task against a deadline
// difficulty: 3
// tags: promise-race, timers, combinators
function task(ms) {
  return new Promise(resolve => setTimeout(() => {
    console.log('task finished anyway');
    resolve('task result');
  }, ms));
}
function deadline(ms) {
  return new Promise((resolve, reject) => setTimeout(() => {
    console.log('deadline hit');
    reject(new Error('too slow'));
  }, ms));
}
Promise.race([task(150), deadline(50)])
  .then(v => console.log('winner:', v))
  .catch(e => console.log('race lost:', e.message));
console.log('race started');
