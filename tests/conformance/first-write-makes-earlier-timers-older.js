// The first console output of a process takes real time (Node sets the
// stream up): a timer created before it is older than one created after,
// so the 2 ms timer below is due before the 1 ms one.
setTimeout(() => console.log('2 ms timer, created before the first line'), 2);
console.log('first line');
setTimeout(() => console.log('1 ms timer, created after it'), 1);
