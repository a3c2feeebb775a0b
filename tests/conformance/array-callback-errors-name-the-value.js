// runtime: an array method or Array.from given a non-function names it as V8 does: strings bare, objects by constructor, arrays by tag
function attempt(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
for (const bad of ['x', 5, {}, [1], new Map(), new Set([1]), null, true]) {
  attempt('map', () => [1].map(bad));
  attempt('forEach', () => [1].forEach(bad));
  attempt('reduce', () => [1].reduce(bad));
  attempt('find', () => [1].find(bad));
  attempt('from', () => Array.from([1], bad));
}
