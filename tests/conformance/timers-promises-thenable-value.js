// topic: a timers/promises timer resolving its promise with a promise takes the usual two extra turns, still within the drain of that timer's callback
const { setTimeout: sleep } = require('timers/promises');
sleep(20, Promise.resolve('inner')).then((v) => console.log('sleep', v));
setTimeout(() => {
  console.log('timer 2');
}, 20);
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve()
    .then(() => console.log('turn 1'))
    .then(() => console.log('turn 2'))
    .then(() => console.log('turn 3'));
}, 20);
sleep(20, Promise.resolve('inner 2')).then((v) => console.log('sleep', v));
Promise.resolve()
  .then(() => console.log('script turn 1'))
  .then(() => console.log('script turn 2'));
