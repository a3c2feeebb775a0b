// runtime: JSON.parse keeps JS property order (integer-like keys ascending first), last duplicate wins in first place
const o = JSON.parse('{"b": 1, "2": 2, "a": 3, "1": 4, "01": 5, "4294967295": 6, "4294967294": 7, "-1": 8, "1.5": 9, "0": 10}');
console.log(o);
console.log(Object.keys(o), JSON.stringify(o));
const dup = JSON.parse('{"x": 1, "y": 2, "x": 3, "__proto__": {"z": 1}}');
console.log(dup, Object.keys(dup), dup.x);
const arr = JSON.parse('[{"k": 2, "j": 1}, {"10": "ten", "9": "nine"}]');
for (const [i, item] of arr.entries()) console.log(i, Object.entries(item));
