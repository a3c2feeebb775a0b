// Patterns in for…of heads (fresh bindings per iteration) and catch clauses
const entries = Object.entries({ a: 1, b: 2, c: 3 });
for (const [key, value] of entries) console.log(key, value);
const callbacks = [];
for (let [i, label] of [[0, 'zero'], [1, 'one']]) {
  callbacks.push(() => `${i}:${label}`);
}
console.log(callbacks.map((f) => f()).join(' '));
for (const { id, tags: [firstTag = 'none'] = [] } of [{ id: 1, tags: ['x'] }, { id: 2 }]) {
  console.log(id, firstTag);
}
for (var [v] of [['var binding']]);
console.log(v);
try {
  throw new TypeError('bad input');
} catch ({ name, message }) {
  console.log(name, message);
}
try {
  throw ['array', 'error'];
} catch ([first, second]) {
  console.log(first, second);
}
for (let [i, j] = [0, 10]; i < 3; i++, j--) {
  setTimeout(() => console.log('timer', i, j), 0);
}
