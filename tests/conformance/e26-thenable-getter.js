// §3 E26 thenable-getter: `then` is READ synchronously at resolve time, CALLED one turn later
const obj = { get then() { console.log('read'); return r => { console.log('called'); r(1); }; } };
new Promise(r => { r(obj); console.log('after-resolve'); }).then(v => console.log('value' + v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
console.log('sync');
