// §4.1 E50 throw-in-then: becomes a rejection; the drain finishes, then the crash
Promise.resolve().then(() => { console.log('m1'); throw new Error('in-then'); });
Promise.resolve().then(() => console.log('m2')).then(() => console.log('m3'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
