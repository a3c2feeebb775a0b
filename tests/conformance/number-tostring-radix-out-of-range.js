// runtime: Number#toString with a radix outside 2..36 (after truncation; NaN counts as 0) throws V8's RangeError
console.log((255).toString(2.9), (255).toString(36.5), (-255).toString(undefined));
for (const radix of [1, 37, 0, NaN, -2]) {
  try {
    console.log((10).toString(radix));
  } catch (e) {
    console.log(radix, e.name, e.message);
  }
}
