// §4.1 E51 derived-rejection: p.then(f) on a rejected p creates a NEW rejected promise; unhandled -> crash
const p = Promise.reject('r');
p.then(() => console.log('never'));
p.catch(() => console.log('caught'));
