// An array pattern needs an iterable: a plain object is not one
const settings = { a: 1 };
console.log('before');
const [first] = settings;
console.log('never', first);
