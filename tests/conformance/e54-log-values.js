// §5 E54 log-values: primitives at top level, quoting inside containers (class and bigint removed: outside the subset)
console.log('str', 42, -0, NaN, 1e21, 0.1 + 0.2, true, null, undefined);
console.log(['a', "it's", 1, [2, [3, [4]]]], {}, []);
console.log({ a: 1, b: 'x', 'c-d': [], e: { f: { g: { h: 1 } } } });
console.log([function named() {}, () => {}, async function af() {}]);
