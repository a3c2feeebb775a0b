// title: Every timer gets its own drain
// difficulty: 3
// tags: timers, nextTick, microtask, drain
for (const name of ['A', 'B', 'C']) {
  setTimeout(() => {
    console.log(`timer ${name}`);
    Promise.resolve().then(() => console.log(`  promise ${name}`));
    process.nextTick(() => console.log(`  tick ${name}`));
  }, 5);
}
Promise.resolve().then(() => {
  console.log('main promise');
  setTimeout(() => console.log('timer D (made by a promise)'), 5);
});
