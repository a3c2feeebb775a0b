// runtime: hasOwnProperty sees a function's own name and length and a string's own length and indexes
function f(a, b) {}
const arrow = () => 1;
console.log(f.hasOwnProperty('name'), f.hasOwnProperty('length'), arrow.hasOwnProperty('name'));
console.log(f.hasOwnProperty('call'), f.hasOwnProperty('bind'));
console.log('abc'.hasOwnProperty('length'), 'abc'.hasOwnProperty(1), 'abc'.hasOwnProperty(3));
console.log((5).hasOwnProperty('x'), true.hasOwnProperty('y'));
