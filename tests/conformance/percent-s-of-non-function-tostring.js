// §5 %s inspects an object whose own toString is not a function (Node counts it as built-in)
console.log('%s', { toString: null, a: 1 });
console.log('%s', { toString: 'text' });
console.log('%s', { toString() { return 'own'; } });
