// statements: switch compares with ===, falls through, and takes `default` (wherever it is) only when no case matches
function pick(x) {
  const seen = [];
  switch (x) {
    case 1:
      seen.push('one');
    case 2:
      seen.push('two');
      break;
    default:
      seen.push('default');
    case 3:
      seen.push('three');
  }
  return seen.join(' ');
}
for (const x of [1, 2, 3, 4, '1', null]) console.log(x, '->', pick(x));

// Case tests run lazily, in source order, and stop at the first match.
function test(label, value) {
  console.log('test', label);
  return value;
}
switch (2) {
  case test('a', 1):
    console.log('a matched');
  default:
    console.log('default body');
  case test('b', 2):
    console.log('b matched');
  case test('c', 2):
    console.log('c falls through');
}
switch (NaN) {
  case NaN:
    console.log('NaN matched');
    break;
  default:
    console.log('NaN !== NaN');
}
switch (0) {
  case -0:
    console.log('0 === -0');
}
switch ('x') {
}
console.log('end');
