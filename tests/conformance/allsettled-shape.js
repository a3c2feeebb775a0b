// §3 allSettled results: { status, value } or { status, reason }, kept in input order
Promise.allSettled([
  Promise.reject('no'),
  'plain',
  new Promise(r => setTimeout(() => r('timer'), 5)),
  Promise.resolve({ nested: [1, 2] }),
]).then(results => console.log(results));
