// toLocaleString in Node's default locale (en-US): thousands grouped with
// commas, at most three decimals rounded half away from zero from the
// shortest decimal form (1.0005 gives 1.001), a negative number that rounds
// to zero keeps its sign, infinities print as ∞
for (const x of [0, -0, 1234.5, 1234567.891, 1.0005, 2.5, 0.0005, 0.00049, -1234.5678, 1e21, 1e-7, NaN, Infinity, -Infinity, 999.9995, 0.1 + 0.2, -0.0004, 999999.9999]) {
  console.log(x, x.toLocaleString(), x.toLocaleString('en-US'));
}
console.log((1).toLocaleString.length, (1234).toLocaleString().length);
