// title: Ticks that schedule ticks
// difficulty: 2
// tags: nextTick, microtask, recursion
let round = 0;
function tick() {
  round++;
  console.log(`tick round ${round}`);
  if (round < 4) process.nextTick(tick);
}
Promise.resolve().then(() => console.log(`promise sees round ${round}`));
process.nextTick(tick);
console.log(`sync sees round ${round}`);
