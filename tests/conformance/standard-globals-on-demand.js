// Standard globals (Object, Array, Number, Math, …) behave the same whether a
// program reads them first, reaches them through .constructor, or assigns them.
console.log(typeof Math, typeof JSON, typeof Nope);
const a = [1, 2];
console.log(a.constructor === Array, a instanceof Array, {}.constructor === Object);
console.log([].constructor.name);
Number = 5;
console.log(Number, typeof Number, Math.max(1, 2));
Object = 'x';
console.log(Object, [1].constructor.name, typeof parseInt);
console.log(({}).constructor === Object);
