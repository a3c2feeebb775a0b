// §1 E03 tick-recursion: ticks queued by ticks run before any promise job
let n = 0;
function again() { console.log('tick' + n); if (++n < 3) process.nextTick(again); }
process.nextTick(again);
Promise.resolve().then(() => console.log('promise'));
