// runtime: a Map of pending promises resolved by timers, and a Set deduplicating values across awaits
const pending = new Map();
function request(id, ms) {
  const p = new Promise((resolve) => {
    setTimeout(() => {
      pending.delete(id);
      console.log('resolved', id, 'still pending', [...pending.keys()]);
      resolve(id * 10);
    }, ms);
  });
  pending.set(id, p);
  return p;
}
request(1, 300);
request(2, 100);
request(3, 200);
console.log(pending);
Promise.all(pending.values()).then((values) => console.log('all', values, pending.size));
const seen = new Set();
async function collect(values) {
  for (const v of values) {
    await null;
    seen.add(v);
    console.log('added', v, 'size', seen.size);
  }
}
collect(['a', 'b', 'a']);
collect(['b', 'c']);
setTimeout(() => console.log('seen', seen), 400);
Promise.all(new Set([pending.get(2), 5, 5])).then((v) => console.log('from a Set', v));
