// title: A report with allSettled
// difficulty: 3
// tags: promise-allsettled, rejection, combinators
const jobs = [
  Promise.resolve('ok'),
  Promise.reject(new Error('broken')),
  new Promise(resolve => setTimeout(() => resolve('late'), 10)),
  42,
];
Promise.allSettled(jobs).then(results => {
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') console.log(`job ${i}: fulfilled with ${r.value}`);
    else console.log(`job ${i}: rejected because ${r.reason.message}`);
  });
  console.log('statuses', results.map(r => r.status));
});
console.log('report pending');
