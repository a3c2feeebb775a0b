// §5 %s: String() for primitives (keeps -0), objects inspected at depth 0
console.log('[%s] [%s] [%s] [%s]', 'text', 42, -0, null);
console.log('%s', { a: { b: 1 } });
console.log('%s and %s', [1, [2, [3]]], undefined);
console.log('%s', 'only one', 'extra', 3);
