// §5 directives are only processed when the first argument is a string
console.log(1, '%s', 'x');
console.log([1], '%d', 5);
console.log('%s', '%d', 7);
