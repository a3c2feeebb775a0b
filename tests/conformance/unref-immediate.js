// timers: unref'd immediates do not keep the loop alive; once a ref'd timer does, they run after the loop has waited for it
const first = setImmediate(() => console.log('unref immediate from main'));
console.log(first.hasRef(), first.unref() === first, first.hasRef());
process.once('beforeExit', () => {
  console.log('beforeExit');
  const im = setImmediate(function () {
    console.log('unref immediate from beforeExit', this === im, im.hasRef());
    setTimeout(() => console.log('timeout 5 ms from the immediate'), 5);
  });
  im.unref();
  setTimeout(() => console.log('timeout 10 ms'), 10);
});
process.on('exit', () => console.log('exit', first.hasRef()));
