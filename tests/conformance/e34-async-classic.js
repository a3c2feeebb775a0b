// §4 E34 async-classic: body runs synchronously up to the first await
async function async1() { console.log('a1-start'); await async2(); console.log('a1-end'); }
async function async2() { console.log('a2'); }
console.log('script-start');
setTimeout(() => console.log('timeout'), 0);
async1();
new Promise(r => { console.log('p-exec'); r(); }).then(() => console.log('p-then'));
console.log('script-end');
