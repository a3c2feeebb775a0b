// toExponential and toPrecision round the exact stored value, exact ties up
// (1.25 is exact: 1.3e+0; 1.35 is 1.3500…09: 1.4e+0; 4.35 is 4.3499…: 4.3);
// toPrecision switches to exponent notation below 1e-6 or when the integer
// part has more digits than asked; no argument prints the shortest digits
const xs = [0, -0, 2.5, 0.125, 123.456, 0.00001234, 1e21, 1.5e-7, 9.995, 99.99, 5e-324, -0.000001, 771304224222081.2];
for (const x of xs) {
  console.log(x, x.toExponential(), x.toExponential(0), x.toExponential(2), x.toPrecision(), x.toPrecision(1), x.toPrecision(3), x.toPrecision(21));
}
console.log((1.25).toExponential(1), (1.35).toExponential(1), (4.35).toPrecision(2), (999.99).toPrecision(4), (123456).toPrecision(2));
console.log(NaN.toPrecision(0), Infinity.toExponential(200), (12).toPrecision(1.9), (12).toExponential('1'), (2).toPrecision(100).length);
for (const bad of [() => (1).toPrecision(0), () => (1).toExponential(101), () => NaN.toFixed(101)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log((1).toPrecision.length, (1).toExponential.name);
