// Destructuring parameters of functions, arrows and methods, with defaults
function area({ width, height = width }) {
  return width * height;
}
console.log(area({ width: 3 }), area({ width: 2, height: 5 }));
function options({ retries = 3, verbose = false } = {}) {
  return `retries=${retries} verbose=${verbose}`;
}
console.log(options(), options({ verbose: true }));
const head = ([h, ...t]) => `${h} then ${t.length}`;
console.log(head([1, 2, 3]));
const obj = {
  describe({ name }, [x, y] = [0, 0]) {
    return `${name} at ${x},${y}`;
  },
};
console.log(obj.describe({ name: 'p' }), obj.describe({ name: 'q' }, [1, 2]));
const pairs = [['a', 1], ['b', 2]];
console.log(pairs.map(([k, v]) => k + v).join(' '));
function collect(first, ...[second, third]) {
  return [first, second, third];
}
console.log(collect(1, 2, 3, 4));
console.log(area.length, options.length, head.length);
