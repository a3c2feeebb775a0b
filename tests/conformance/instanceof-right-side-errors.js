// `x instanceof R` throws a TypeError when R is not an object ("is not an
// object") and when it is an object that cannot be called ("is not callable").
for (const right of [5, 'str', undefined, null, {}, [], Promise.resolve()]) {
  try {
    console.log({} instanceof right);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log([] instanceof Array, {} instanceof Object, 5 instanceof Number);
