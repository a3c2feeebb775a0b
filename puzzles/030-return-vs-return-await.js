// title: return p vs return await p
// difficulty: 4
// tags: async, await, promise-adoption
async function direct() {
  return Promise.resolve('direct');
}
async function awaited() {
  return await Promise.resolve('awaited');
}
async function plain() {
  return 'plain';
}
direct().then(v => console.log(v));
awaited().then(v => console.log(v));
plain().then(v => console.log(v));
Promise.resolve()
  .then(() => console.log('turn 1'))
  .then(() => console.log('turn 2'))
  .then(() => console.log('turn 3'))
  .then(() => console.log('turn 4'));
