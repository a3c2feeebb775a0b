// Object pattern defaults: lazy, left to right, after the earlier properties were bound
const steps = [];
function note(label, value) {
  steps.push(label);
  return value;
}
const { a = note('a', 1), b = note('b', a + 1), c = note('c', 0) } = { c: 'present' };
console.log(a, b, c, steps.join(','));
const source = {
  get first() {
    console.log('read first');
    return undefined;
  },
  get second() {
    console.log('read second');
    return 2;
  },
};
const { first = note('first default', 'F'), second = note('second default', 'S') } = source;
console.log(first, second, steps.join(','));
// The rest element skips the named properties without reading them.
const { first: again, ...others } = source;
console.log(again, others);
