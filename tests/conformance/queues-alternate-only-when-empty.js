// §1 drain loop: ticks, then all microtasks, then ticks queued meanwhile, then microtasks again
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => {
    console.log('micro 2');
    process.nextTick(() => {
      console.log('tick 3');
      Promise.resolve().then(() => console.log('micro 4'));
    });
    Promise.resolve().then(() => console.log('micro 2b'));
  });
});
Promise.resolve().then(() => console.log('micro 1'));
