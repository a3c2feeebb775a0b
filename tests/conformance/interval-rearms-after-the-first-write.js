// An interval re-arms from the clock read when its callback starts: after
// the first write (which takes milliseconds) earlier in the same timers
// phase, that is later than the phase's clock, so the 5 ms timer runs first.
setTimeout(() => console.log('A'), 1);
let n = 0;
const id = setInterval(() => { n++; console.log('iv', n); if (n === 3) clearInterval(id); }, 1);
setTimeout(() => console.log('B'), 5);
