// §1 E06 microtask-in-nextTick-in-microtask: alternation happens only when a queue empties
Promise.resolve().then(() => {
  console.log('m1');
  process.nextTick(() => {
    console.log('t1');
    Promise.resolve().then(() => console.log('m3'));
  });
}).then(() => console.log('m2'));
