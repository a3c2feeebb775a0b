// topic: timers/promises setTimeout with a delay that is not a number returns a promise rejected with ERR_INVALID_ARG_TYPE (no throw); a missing or odd numeric delay means 1 ms
const { setTimeout: sleep } = require('timers/promises');
const p = sleep('10', 'x');
console.log('returned', p instanceof Promise);
p.catch((e) => console.log(e.name, e.code, e.message));
sleep(undefined, 'no delay').then((v) => console.log(v));
sleep(-5, 'negative').then((v) => console.log(v));
sleep(NaN, 'NaN').then((v) => console.log(v));
sleep(1.7, 'fraction').then((v) => console.log(v));
sleep(20, 'x', 'not an object').catch((e) => console.log(e.name, e.message));
setTimeout(() => console.log('timeout 0'), 0);
setTimeout(() => console.log('timeout 30'), 30);
