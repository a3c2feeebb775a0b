// runtime: default parameters apply for missing or undefined arguments, not for null
function greet(name = 'stranger', greeting = `hello ${name}`) {
  return greeting + '!';
}
console.log(greet());
console.log(greet('ada'));
console.log(greet(undefined, 'hi'));
console.log(greet(null));
const arrow = (x, y = x * 2) => [x, y];
console.log(arrow(3), arrow(3, 0));
