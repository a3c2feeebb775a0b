// §1 a throw inside a nextTick callback is an uncaught exception: exit 1, queued jobs never run
process.nextTick(() => {
  console.log('tick 1');
  throw new Error('tick failure');
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
