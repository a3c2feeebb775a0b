// §4 .then on an async function that returns a plain value (or nothing) runs in turn 1
async function value() { return 'v'; }
async function nothing() { console.log('nothing() body'); }
value().then(v => console.log('value ->', v));
nothing().then(v => console.log('nothing ->', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
