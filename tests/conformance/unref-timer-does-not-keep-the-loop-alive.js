// timers: an unref'd timeout never runs when nothing else keeps the loop alive; 'beforeExit' is still emitted
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
const t = setTimeout(() => console.log('unref timeout: never'), 10);
console.log('ref' in t, 'unref' in t, 'hasRef' in t, t.hasRef());
console.log(t.unref() === t, t.hasRef());
const i = setInterval(() => console.log('unref interval: never'), 5).unref();
console.log(i.hasRef());
console.log('main');
