// timers: ref() undoes unref(); clearing or running does not change a Timeout's hasRef()
const t = setTimeout(function () {
  console.log('timeout runs', this === t, t.hasRef());
}, 5);
t.unref();
console.log(t.ref() === t, t.hasRef());
const u = setTimeout(() => {}, 1).unref();
clearTimeout(u);
console.log('cleared unref', u.hasRef());
const iv = setInterval(() => {
  console.log('interval');
  iv.unref();
}, 20);
setTimeout(() => console.log('after interval', t.hasRef(), iv.hasRef()), 30);
