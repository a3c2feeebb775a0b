// §4 await of a timer-backed promise suspends until the timer; other async work continues
const sleep = (ms, label) => new Promise(r => setTimeout(() => { console.log('timer', label); r(label); }, ms));
async function slow() { console.log('slow start'); const v = await sleep(60, 'slow'); console.log('slow resumed', v); }
async function fast() { console.log('fast start'); await null; console.log('fast resumed'); }
slow();
fast();
console.log('sync end');
