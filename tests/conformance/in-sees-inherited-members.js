// runtime: `in` finds members objects inherit from their prototypes, not only own properties
const o = { own: 1 };
console.log('own' in o, 'toString' in o, 'hasOwnProperty' in o, 'constructor' in o, 'valueOf' in o, 'missing' in o);
const a = [1, 2];
console.log('map' in a, 'push' in a, 'flatMap' in a, 'toString' in a, 'length' in a, 'size' in a);
function f() {}
const g = () => 1;
console.log('call' in f, 'bind' in g, 'apply' in g, 'name' in g, 'length' in f, 'toString' in g, 'nope' in f);
const e = new Error('boom');
console.log('message' in e, 'name' in e, 'toString' in e, 'stack' in e, 'cause' in e);
const p = Promise.resolve();
console.log('then' in p, 'finally' in p, 'toString' in p, 'resolve' in p);
const it = a.values();
console.log('next' in it, 'toString' in it, 'map' in it);
