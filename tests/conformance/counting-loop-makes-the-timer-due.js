// a counting loop takes Node real time (at least 2 ms for 10^7 turns), so a
// 0 ms timer created before it is due when the loop starts, and the timers
// phase runs it before the check phase runs the immediate (without the loop
// the two race)
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
for (let i = 0; i < 1e7; i++) {}
console.log('loop done');
