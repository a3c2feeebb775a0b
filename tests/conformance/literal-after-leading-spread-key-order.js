// §5 a literal that starts with a spread stores its repeated keys at their last place and its getters after its other keys (V8 builds it without a boilerplate)
const base = { x: 1 };
console.log({ ...base, get full() { return 'g'; }, y: 2 });
console.log({ ...base, a: 1, b: 2, a: 3 });
console.log({ a: 1, b: 2, a: 3 });
console.log({ ...base, x: 5, y: 6 });
const k = 'k';
console.log({ ...base, y: 2, [k]: 3, get z() { return 1; }, w: 4 });
