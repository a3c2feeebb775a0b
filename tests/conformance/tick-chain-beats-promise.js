// §1 ticks queued by ticks still run before any promise job queued by the main script
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick A');
  process.nextTick(() => {
    console.log('tick A.1');
    process.nextTick(() => console.log('tick A.1.1'));
  });
});
process.nextTick(() => console.log('tick B'));
