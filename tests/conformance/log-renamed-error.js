// An error's stack text is made when first read, with the name it has then;
// console.log marks a renamed error with its constructor.
const a = new Error('bad input');
a.name = 'ValidationError';
console.log(a);
console.log(a.stack.split('\n')[0]);
const b = new TypeError('oops');
b.name = 'Custom';
console.log(b);
const c = new Error('first');
console.log(c.stack.split('\n')[0]);
c.message = 'second';
console.log(c);
console.log(String(c));
