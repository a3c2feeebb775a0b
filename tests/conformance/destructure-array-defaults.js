// Defaults of array patterns run only for undefined, lazily and left to right
function log(label, value) {
  console.log('evaluate', label);
  return value;
}
const [a = log('a', 1), b = log('b', 2), c = log('c', 3)] = [undefined, null, 0];
console.log(a, b, c);
const [d = log('d', 4), e = d + 1] = [];
console.log(d, e);
const [f = log('f', 'unused')] = ['given'];
console.log(f);
// A default may read an earlier element but not a later one.
try {
  const [g = h, h = 1] = [];
  console.log(g, h);
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
const [fn = () => 'default fn'] = [];
console.log(fn.name, fn());
