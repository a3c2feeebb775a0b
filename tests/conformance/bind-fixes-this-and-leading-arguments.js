// `f.bind(thisArg, ...args)`: the classic fix for `this` in a timer callback.
// A bound function ignores the `this` it is called with, puts its bound
// arguments first, is named `bound f`, and its length drops by the bound count.
const counter = {
  label: 'counter',
  count: 0,
  tick(step, source) {
    this.count += step;
    console.log(`${this.label} +${step} from ${source} = ${this.count}`);
  },
};

setTimeout(counter.tick.bind(counter, 1), 0, 'setTimeout');
setTimeout(() => setImmediate(counter.tick.bind(counter, 2, 'setImmediate-bound')), 0);
process.nextTick(counter.tick.bind({ label: 'other', count: 10 }, 5), 'nextTick');

const bound = counter.tick.bind(counter, 3);
console.log(bound.name, bound.length, typeof bound, bound);
bound.call({ label: 'ignored', count: 0 }, 'call');
console.log(bound.bind(null).name, (() => {}).bind(null).name);

async function load(id, delay) {
  await null;
  return `loaded ${id} after ${delay}`;
}
const loadUser = load.bind(null, 'user');
console.log(loadUser, loadUser.length);
Promise.resolve(7).then(loadUser).then(console.log);

try {
  const { bind } = counter.tick;
  bind();
} catch (e) {
  console.log(e.name, e.message);
}
console.log([1, 2, 3].map(Math.max.bind(null, 2)));
