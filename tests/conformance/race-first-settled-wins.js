// §3 race settles with the first element reaction; plain values win over later-settling promises
const later = Promise.resolve().then(() => 'later');
Promise.race([later, 'now']).then(v => console.log('race 1 ->', v));
Promise.race([Promise.reject(new Error('fast fail')), 'value']).then(
  v => console.log('race 2 value', v),
  e => console.log('race 2 error', e.message));
