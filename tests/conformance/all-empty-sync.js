// §3 Promise.all([]) is fulfilled synchronously; race([]) stays pending forever
const all = Promise.all([]);
const race = Promise.race([]);
console.log(all, race);
all.then(v => console.log('all([]) ->', v));
race.then(() => console.log('never'));
Promise.resolve().then(() => console.log('x1'));
