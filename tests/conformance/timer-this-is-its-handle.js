// `this` in a timer callback is the Timeout object setTimeout/setInterval returned.
const t = setTimeout(function () {
  console.log('same timer:', this === t);
}, 0);
let n = 0;
const i = setInterval(function () {
  n++;
  console.log('interval', n, this === i);
  if (n === 2) clearInterval(this);
}, 0);
