// §4 E36 await-vs-then-race: every await of a settled promise = one then link
async function f() { console.log('f1'); await null; console.log('f2'); await null; console.log('f3'); }
f();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('sync');
