// §3 several thens on one promise are siblings: each branch advances one turn per link
const root = Promise.resolve(1);
root.then(v => { console.log('branch A1', v); return v + 1; }).then(v => console.log('branch A2', v));
root.then(v => { console.log('branch B1', v); return v * 10; }).then(v => console.log('branch B2', v));
root.then(v => console.log('branch C1', v));
