// The length of built-in functions is their declared parameter count in Node
const fns = {
  setTimeout, setInterval, setImmediate, clearTimeout, queueMicrotask, nextTick: process.nextTick,
  log: console.log, error: console.error,
  resolve: Promise.resolve, reject: Promise.reject, all: Promise.all, allSettled: Promise.allSettled, race: Promise.race, any: Promise.any,
  then: Promise.resolve().then, catch: Promise.resolve().catch, finally: Promise.resolve().finally, Promise,
  push: [].push, pop: [].pop, shift: [].shift, unshift: [].unshift, map: [].map, forEach: [].forEach, filter: [].filter,
  reduce: [].reduce, join: [].join, includes: [].includes, indexOf: [].indexOf, slice: [].slice, splice: [].splice,
  concat: [].concat, find: [].find, some: [].some, every: [].every, reverse: [].reverse, sort: [].sort, flat: [].flat, fill: [].fill, at: [].at,
  toUpperCase: ''.toUpperCase, split: ''.split, trim: ''.trim, repeat: ''.repeat, padStart: ''.padStart, replace: ''.replace, substring: ''.substring,
  keys: Object.keys, assign: Object.assign, isArray: Array.isArray, from: Array.from, of: Array.of,
  String, Number, Boolean, parseInt, parseFloat, isNaN, max: Math.max, min: Math.min, floor: Math.floor, pow: Math.pow,
  stringify: JSON.stringify, toFixed: (1).toFixed, Error, TypeError, on: process.on, exit: process.exit,
};
for (const [name, fn] of Object.entries(fns)) console.log(name, fn.length);
new Promise((res, rej) => console.log('resolvers', res.length, rej.length));
