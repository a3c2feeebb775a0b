// new Error(message, { cause }) keeps the cause (a hidden own property)
const root = new Error('root cause');
const wrapped = new Error('wrapper', { cause: root });
console.log(wrapped.cause === root, wrapped.cause.message, Object.keys(wrapped));
console.log(new Error('no options').cause, 'cause' in new Error('x', {}));
console.log(new Error('string cause', { cause: 'disk full' }));
console.log(new AggregateError([1], 'agg', { cause: 7 }).cause);
