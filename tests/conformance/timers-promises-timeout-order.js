// topic: timers/promises setTimeout is a timer in the same lists as setTimeout: when it fires its callback resolves the promise, and the reactions run in the drain after that callback, before the next timer
const { setTimeout: sleep } = require('timers/promises');
setTimeout(() => console.log('timeout A'), 20);
sleep(20, 'value').then((v) => {
  console.log('sleep resolved with', v);
  process.nextTick(() => console.log('tick queued by the reaction'));
  Promise.resolve().then(() => console.log('job queued by the reaction'));
});
setTimeout(() => {
  console.log('timeout B');
  Promise.resolve().then(() => console.log('job after B'));
}, 20);
sleep(40).then((v) => console.log('second sleep resolved with', v));
setTimeout(() => console.log('timeout C'), 40);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('job'));
console.log('script end');
