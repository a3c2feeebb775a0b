// runtime: Array#sort of 64 values or more calls the comparator exactly as V8's TimSort does (runs extended by binary insertion, merges that gallop), so the count, the order of the (a, b) pairs and a stable result match Node
let seed = 1;
const lcg = () => (seed = (seed * 75 + 74) % 65537);

// The count of calls, a hash of every (a, b) pair in order, the first pairs,
// then the ends of the result.
function show(label, values, cmp) {
  const pairs = [];
  let h = 0;
  const sorted = values.slice().sort((a, b) => {
    pairs.push(`${a}:${b}`);
    h = (h * 31 + a * 7 + b) % 1000000007;
    return cmp(a, b);
  });
  console.log(label, values.length, pairs.length, h, pairs.slice(0, 6).join(' '));
  console.log('  ', sorted.slice(0, 5).join(), '...', sorted.slice(-5).join());
}

const byValue = (a, b) => a - b;
for (const n of [64, 65, 100, 257, 300]) {
  show('random', Array.from({ length: n }, lcg), byValue);
}
show('sorted', Array.from({ length: 200 }, (_, i) => i), byValue);
show('reversed', Array.from({ length: 200 }, (_, i) => 200 - i), byValue);
show('reversed with ties', Array.from({ length: 150 }, (_, i) => 75 - (i >> 1)), byValue);
// Keys repeat; the thousands are the key and the rest the original position,
// so only a stable sort keeps each key's values in ascending order.
show('equal keys', Array.from({ length: 180 }, (_, i) => (lcg() % 4) * 1000 + i), (a, b) =>
  Math.floor(a / 1000) - Math.floor(b / 1000),
);
show('sawtooth', Array.from({ length: 240 }, (_, i) => i % 23), byValue);
show('descending teeth', Array.from({ length: 160 }, (_, i) => 50 - (i % 50)), byValue);
// Sorted blocks of ten that interleave: one run wins ten times in a row, so
// the merges gallop.
show('blocks', Array.from({ length: 256 }, (_, i) => ((i * 10) % 256) + ((i / 26) | 0)), byValue);
show('two sorted halves', Array.from({ length: 130 }, (_, i) => (i < 65 ? i * 2 : (i - 65) * 2 + 1)), byValue);
show('long run then noise', Array.from({ length: 290 }, (_, i) => (i < 200 ? i : lcg() % 300)), byValue);
show('noise then long run', Array.from({ length: 290 }, (_, i) => (i < 90 ? lcg() % 300 : i)), byValue);
show('descending', Array.from({ length: 100 }, (_, i) => 1000 - lcg() % 50 - i * 3), (a, b) => b - a);
