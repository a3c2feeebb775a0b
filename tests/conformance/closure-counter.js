// runtime: closures keep their own copy of captured variables between calls
function makeCounter(start) {
  let count = start;
  return { inc: () => ++count, get: () => count };
}
const a = makeCounter(0);
const b = makeCounter(10);
a.inc(); a.inc(); b.inc();
console.log(a.get(), b.get());
console.log(a.inc(), b.inc(), a.get());
