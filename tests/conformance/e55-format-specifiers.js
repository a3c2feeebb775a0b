// §5 E55 format-specifiers: only when the FIRST argument is a string
console.log('%s has %d items (%i%%)', 'cart', '3', 42.9);
console.log('%o vs %O', [1], [1]);
console.log('%j %s', { a: 1 }, 'x', 'extra');
console.log(1, '%s', 'x');
