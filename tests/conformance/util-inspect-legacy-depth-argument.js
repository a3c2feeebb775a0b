// util.inspect still takes the legacy arguments (value, showHidden, depth,
// colors); a depth option in an options object overrides the third argument.
const util = require('util');
const v = { a: { b: { c: { d: 1 } } } };
console.log(util.inspect(v, false, 0), util.inspect(v, false, null), util.inspect(v, false, 1, false));
console.log(util.inspect(v, undefined, 3), util.inspect(v, { depth: 1 }, 3), util.inspect(v, {}, 0), util.inspect(v, null, 0));
console.log(util.inspect(v, false), util.inspect(v, false, undefined));
