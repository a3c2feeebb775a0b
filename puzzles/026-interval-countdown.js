// title: Countdown with setInterval
// difficulty: 3
// tags: setInterval, clearInterval, microtask
let count = 3;
const id = setInterval(() => {
  console.log(`T-minus ${count}`);
  Promise.resolve().then(() => console.log(`  systems check ${count}`));
  count--;
  if (count === 0) {
    clearInterval(id);
    setTimeout(() => console.log('liftoff!'), 10);
  }
}, 10);
setTimeout(() => console.log('press conference'), 1000);
console.log('countdown armed');
