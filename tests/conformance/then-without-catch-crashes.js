// §4.1 p.then(f) handles p but creates a new rejected promise that is itself unhandled (exit 1)
const p = Promise.reject(new Error('origin'));
p.catch(e => console.log('p handled:', e.message));
p.then(v => console.log('never', v));
Promise.resolve().then(() => console.log('m1'));
