// §5 printing an error's name and message (not the error object, whose stack is machine-specific)
const errors = [new Error('plain'), new TypeError('type'), new RangeError('range'), new AggregateError([1], 'agg')];
errors.forEach(e => console.log(e.name + ': ' + e.message, e instanceof Error));
console.log(String(new Error('as string')));
console.log(`${new TypeError('in template')}`);
