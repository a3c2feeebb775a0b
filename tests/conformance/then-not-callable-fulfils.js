// §3 an object whose then is not callable is an ordinary value: the promise fulfils with it
const notThenable = { then: 5, name: 'plain' };
Promise.resolve(notThenable).then(v => console.log('fulfilled with', v));
new Promise(r => r({ then: 'nope' })).then(v => console.log('also fulfilled', v.then));
