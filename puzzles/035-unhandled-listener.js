// title: Catching unhandled rejections globally
// difficulty: 3
// tags: rejection, unhandled, process-on, timers
process.on('unhandledRejection', reason => {
  console.log('global handler:', reason.message);
});
setTimeout(() => {
  console.log('timer 1');
  Promise.reject(new Error('lost in timer 1'));
  Promise.resolve().then(() => console.log('timer 1 microtask'));
}, 0);
setTimeout(() => console.log('timer 2 still runs'), 0);
Promise.reject(new Error('lost in main'));
console.log('main done');
