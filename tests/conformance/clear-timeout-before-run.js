// §2 clearTimeout right after creation cancels the timer; clearing twice or null is harmless
const t1 = setTimeout(() => console.log('never'), 0);
setTimeout(() => console.log('kept'), 0);
clearTimeout(t1);
clearTimeout(t1);
clearTimeout(null);
clearTimeout(undefined);
console.log('cleared');
