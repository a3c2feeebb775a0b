// §5 %j prints JSON, %o inspects with hidden details, %O plain inspect
console.log('%j', { a: [1, 'two'], b: null });
console.log('%o', [1, 2]);
console.log('%O', { x: [1] });
console.log('json: %j, text: %s', [1, 2], 'ok');
