// §5 E53 log-promise-states: how Promise objects print at different moments
const p = new Promise(r => setTimeout(() => r('done'), 0));
const q = Promise.reject('no'); q.catch(() => {});
console.log(p, q, Promise.resolve([1, 2]));
setTimeout(() => console.log(p), 0);
(async () => 7)().then(() => {});
console.log((async () => 7)());
