// §2 immediates created during the check phase wait for the next iteration
setImmediate(() => {
  console.log('I1');
  setImmediate(() => {
    console.log('I1 child');
    setImmediate(() => console.log('I1 grandchild'));
  });
});
setImmediate(() => {
  console.log('I2');
  setImmediate(() => console.log('I2 child'));
});
setImmediate(() => console.log('I3'));
