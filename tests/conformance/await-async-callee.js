// §4 awaiting an async call: callee with no await costs 1 turn, with one await 2, with two awaits 3
async function zero() { return 0; }
async function one() { await null; return 1; }
async function two() { await null; await null; return 2; }
(async () => console.log('awaited', await two()))();
(async () => console.log('awaited', await one()))();
(async () => console.log('awaited', await zero()))();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
