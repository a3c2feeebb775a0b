// topic: timers/promises setImmediate queues an immediate whose callback resolves the promise; its reactions run in the drain after that immediate, before the next immediate
const timersPromises = require('node:timers/promises');
setImmediate(() => console.log('immediate 1'));
timersPromises.setImmediate('v').then((v) => {
  console.log('promise immediate', v);
  setImmediate(() => console.log('immediate queued by the reaction'));
});
setImmediate(() => {
  console.log('immediate 2');
  timersPromises.setImmediate().then((v) => console.log('nested promise immediate', v));
});
setTimeout(() => console.log('timeout'), 1000);
