// §4.1 E45 late-handler-same-drain: a handler attached later in the same drain prevents the crash
const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => {}).then(() => {
  console.log('attach');
  p.catch(e => console.log('handled-' + e.message));
});
setTimeout(() => console.log('timeout'), 0);
