// runtime: assigning to a getter without a setter (an object's own, a Map's or Set's size) is ignored in sloppy code, a TypeError in strict code and in Object.assign
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('sloppy own', () => {
  const o = { get x() { return 1; } };
  o.x = 2;
  return o.x;
});
attempt('strict own', () => {
  'use strict';
  const o = { get x() { return 1; } };
  o.x = 2;
});
attempt('strict computed', () => {
  'use strict';
  const o = { get 0() { return 1; }, toString() { return 'T'; } };
  o[0] = 2;
});
attempt('sloppy size', () => {
  const m = new Map([[1, 1]]);
  m.size = 5;
  return m.size;
});
attempt('strict size', () => {
  'use strict';
  new Map().size = 5;
});
attempt('assign size', () => Object.assign(new Set(), { size: 1 }));
attempt('assign getter', () => Object.assign({ get x() { return 1; } }, { x: 2 }));
attempt('assign other keys', () => Object.assign(new Map(), { a: 1 }));
