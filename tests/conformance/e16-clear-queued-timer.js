// §2 E16 clear-queued-timer: clearing an already-due timer from an earlier callback cancels it
let t2;
setTimeout(() => { console.log('t1'); clearTimeout(t2); }, 0);
t2 = setTimeout(() => console.log('t2'), 0);
setTimeout(() => console.log('t3'), 0);
