// §5 %d uses Number(), %i parseInt; unparsable gives NaN
console.log('%d %d %d %d', '42', '42abc', 3.9, -0);
console.log('%i %i %i', 42.9, '17.5px', -3.7);
console.log('%d', {});
