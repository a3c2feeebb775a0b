// Node's global setTimeout and setImmediate carry a util.promisify.custom
// accessor, so they print with it (and count as having keys when deep);
// setInterval and the timers/promises functions have none.
console.log(setTimeout);
console.log([setImmediate], { a: { b: { c: setTimeout } } });
console.log(setInterval, clearTimeout, require('timers/promises').setTimeout);
