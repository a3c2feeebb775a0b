// runtime: an inconsistent comparator (`a > b`, always 1, always -1, random answers) on 64 values or more gives Node's result: Array#sort asks the questions V8's TimSort asks, in its order, and a merge whose run an answer emptied early ends as in V8
let seed = 1;
const lcg = () => (seed = (seed * 75 + 74) % 65537);

function show(label, values, cmp) {
  let calls = 0;
  let h = 0;
  const sorted = values.slice().sort((a, b) => {
    calls++;
    h = (h * 31 + a * 7 + b) % 1000000007;
    return cmp(a, b);
  });
  let r = 0;
  for (const v of sorted) r = (r * 31 + v) % 1000000007;
  console.log(label, values.length, calls, h, r, sorted.slice(0, 6).join(), '...', sorted.slice(-4).join());
}

const comparators = {
  'a > b': (a, b) => a > b,
  'a < b': (a, b) => a < b,
  'always 1': () => 1,
  'always -1': () => -1,
  'always 0': () => 0,
  // Answers from a generator of their own, seeded again for each array.
  random: (() => {
    let s = 0;
    const f = () => ((s = (s * 75 + 74) % 65537) % 3) - 1;
    f.reset = () => (s = 5);
    return f;
  })(),
  // Right about most pairs and wrong about a few, so runs gallop and then
  // meet answers that contradict what the gallop assumed.
  'mostly a - b': (() => {
    let s = 0;
    const f = (a, b) => ((s = (s * 75 + 74) % 65537) % 17 === 0 ? b - a : a - b);
    f.reset = () => (s = 2);
    return f;
  })(),
};

const inputs = {
  random: (n) => Array.from({ length: n }, lcg),
  reversed: (n) => Array.from({ length: n }, (_, i) => n - i),
  blocks: (n) => Array.from({ length: n }, (_, i) => ((i * 10) % n) + ((i / 26) | 0)),
};

for (const [name, cmp] of Object.entries(comparators)) {
  for (const [input, make] of Object.entries(inputs)) {
    for (const n of [64, 140, 300]) {
      if (cmp.reset) cmp.reset();
      show(`${name} on ${input}`, make(n), cmp);
    }
  }
}
