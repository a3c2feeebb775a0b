// runtime: Map and Set keys compare by SameValueZero: NaN finds NaN, -0 is stored as +0, objects by identity, '1' is not 1
const m = new Map();
m.set(NaN, 'nan').set(-0, 'zero').set('1', 'string one').set(1, 'number one');
console.log(m.get(NaN), m.get(0), m.get(-0), m.get('1'), m.get(1), m.size);
console.log(Object.is([...m.keys()][1], -0), m);
const key = { id: 1 };
m.set(key, 'obj').set({ id: 1 }, 'other obj');
console.log(m.get(key), m.get({ id: 1 }), m.size);
m.set(undefined, 'u').set(null, 'n');
console.log(m.get(undefined), m.get(), m.get(null), m.has(false));
const s = new Set([NaN, NaN, 0, -0, '0', key, key, { id: 1 }]);
console.log(s.size, s, Object.is([...s][1], -0));
console.log(s.has(NaN), s.has(-0), s.has(key), s.has({ id: 1 }));
const words = new Set('mississippi');
console.log(words, [...words].join(''));
