// title: var vs let in a timer loop
// difficulty: 2
// tags: closures, timers, scope
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log('var i =', i), 0);
}
for (let j = 0; j < 3; j++) {
  setTimeout(() => console.log('let j =', j), 0);
}
var fns = [];
for (var k = 0; k < 3; k++) {
  const captured = k;
  fns.push(() => `k=${k}, captured=${captured}`);
}
fns.forEach(f => console.log(f()));
console.log('loops finished, i =', i);
