// runtime: Function.prototype.apply reads its argument list as an array-like: arrays by element, other objects by length (a Set or an iterator gives none), primitives throw
function attempt(label, list) {
  try {
    console.log(label, Math.max.apply(null, list));
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('array', [1, 5, 2]);
attempt('array-like', { length: 2, 0: 7, 1: 3 });
attempt('set', new Set([1, 2]));
attempt('map', new Map([[1, 2]]));
attempt('iterator', [4, 9].values());
attempt('null', null);
attempt('string', 'ab');
attempt('number', 5);
