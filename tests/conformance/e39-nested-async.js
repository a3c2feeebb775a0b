// §4 E39 nested-async: awaiting an async call costs 1 turn if the callee has no await, 2 with one await
async function inner() { console.log('in1'); await null; console.log('in2'); return 'v'; }
async function plain() { return 'w'; }
async function outer() { console.log('out1'); console.log('out2-' + await inner()); }
outer();
(async () => console.log('plain-' + await plain()))();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
