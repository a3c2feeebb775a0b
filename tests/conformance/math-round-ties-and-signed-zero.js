// runtime: Math.round rounds halves towards +Infinity without rounding twice,
// and keeps the sign of zero
console.log(Math.round(0.49999999999999994), Math.round(0.5), Math.round(1.5), Math.round(2.5));
console.log(Math.round(-0.5), Math.round(-0.2), Math.round(-0), Math.round(-1.5), Math.round(-2.5000001));
console.log(Math.round(4503599627370495.5), Math.round(-4503599627370495.5), Math.round(2 ** 53));
console.log(Math.round(NaN), Math.round(Infinity), Math.round(-Infinity), Math.round('2.5'), Math.round(null));
console.log(Object.is(Math.round(-0.4), -0), Object.is(Math.round(0.4), 0));
