// process events: new timers, immediates or promise-made timers from 'beforeExit' keep the loop going, and it is emitted again
let round = 0;
process.on('beforeExit', () => {
  round++;
  console.log('beforeExit', round);
  if (round === 1) {
    setTimeout(() => console.log('timeout from round 1'), 10);
  } else if (round === 2) {
    setImmediate(() => console.log('immediate from round 2'));
  } else if (round === 3) {
    Promise.resolve().then(() => {
      console.log('promise from round 3');
      setTimeout(() => console.log('timeout from the promise'), 1);
    });
  } else if (round === 4) {
    // Ticks and promise jobs alone leave the loop empty: no fifth round.
    process.nextTick(() => console.log('tick from round 4'));
    Promise.resolve().then(() => console.log('promise from round 4'));
  }
});
process.on('exit', () => console.log('exit after', round, 'rounds'));
console.log('main');
