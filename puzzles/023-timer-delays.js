// title: Timers sorted by delay
// difficulty: 2
// tags: timers, macrotask, delays
console.log('start');
setTimeout(() => console.log('0 ms (first)'), 0);
setTimeout(() => console.log('200 ms'), 200);
setTimeout(() => console.log('100 ms (A)'), 100);
setTimeout(() => console.log('0 ms (second)'), 0);
setTimeout(() => console.log('100 ms (B)'), 100);
console.log('end');
