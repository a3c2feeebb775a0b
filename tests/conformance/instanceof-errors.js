// runtime: instanceof with the built-in error hierarchy and promises
const t = new TypeError('t');
console.log(t instanceof TypeError, t instanceof Error, t instanceof RangeError);
console.log(new AggregateError([], 'a') instanceof Error, [] instanceof Array, {} instanceof Array);
console.log(Promise.resolve() instanceof Promise, (async () => {})() instanceof Promise);
console.log(t.name, t.message, new Error().message === '');
