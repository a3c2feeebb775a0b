// runtime: Array#sort of 64 values or more: without a comparator values compare as strings (in V8's order of calls to toString), undefined and holes go last unseen by the comparator, a throw leaves the array as it was, and values a comparator pushes stay after the sorted ones
const nums = Array.from({ length: 120 }, (_, i) => (i * 37) % 120);
console.log(nums.slice().sort().slice(0, 12).join(), nums.slice().sort().slice(-3).join());

// toString runs once for each side of each comparison, in V8's order.
const seen = [];
const boxes = Array.from({ length: 70 }, (_, i) => ({ n: (i * 29) % 70, toString() { seen.push(this.n); return String(this.n); } }));
boxes.sort();
console.log(seen.length, seen.slice(0, 10).join(), boxes.slice(0, 6).map((b) => b.n).join());

const sparse = Array.from({ length: 90 }, (_, i) => (i % 9 === 0 ? undefined : (i * 13) % 90));
delete sparse[5];
delete sparse[50];
sparse.length = 100;
let sawUndefined = false;
let calls = 0;
sparse.sort((a, b) => {
  calls++;
  if (a === undefined || b === undefined) sawUndefined = true;
  return b - a;
});
console.log(calls, sawUndefined, sparse.length, sparse.slice(0, 4).join(), sparse.filter((v) => v === undefined).length, 87 in sparse, 88 in sparse);

const big = Array.from({ length: 200 }, (_, i) => (i * 71) % 200);
let n = 0;
try {
  big.sort((a, b) => {
    if (++n === 900) throw new Error(`stopped after ${n} calls`);
    return a - b;
  });
} catch (e) {
  console.log(e.message, big.slice(0, 6).join());
}

const grows = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
let pushed = false;
grows.sort((a, b) => {
  if (!pushed) {
    pushed = true;
    grows.push(-1, -2);
  }
  return a - b;
});
console.log(grows.length, grows.slice(0, 3).join(), grows.slice(-3).join());
