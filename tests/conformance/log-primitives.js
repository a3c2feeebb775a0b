// §5 primitives at top level and inside arrays: booleans, null, undefined
console.log(true, false, null, undefined);
console.log([true, null, undefined, 'undefined']);
console.log({ u: undefined, n: null, b: false });
console.log();
console.log('after an empty line');
