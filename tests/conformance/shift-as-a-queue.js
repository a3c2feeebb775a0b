// runtime: shift/unshift/push/pop on a 1,000-item queue keep order, length, holes and indexes right
const q = [];
for (let i = 0; i < 1000; i++) q.push(i);
let taken = 0;
while (q.length > 400) {
  const x = q.shift();
  taken += x;
  if (x % 100 === 0) console.log('took', x, 'front', q[0], 'back', q[q.length - 1], 'length', q.length);
  if (x % 3 === 0) q.push(x + 1000);
  if (x % 7 === 0) q.unshift(x + 0.5, x + 0.25);
}
console.log(taken, q.length, q.slice(0, 6), q.at(-1), q.indexOf(1002), q.includes(7.5));
console.log(q.unshift(), q.unshift('a', 'b', 'c'), q.slice(0, 5));
while (q.length > 3) q.shift();
console.log(q, q.pop(), q.shift(), q, q.shift(), q.shift(), q.length);
const holes = [];
holes[1] = 1;
holes[3] = 2;
console.log(holes.shift(), holes, holes.shift(), holes.unshift(0), holes);
holes.length = 1;
console.log(holes, holes.shift(), holes.shift(), holes);
const big = [];
for (let i = 0; i < 1000; i++) big.unshift(i);
console.log(big.length, big[0], big[999], big.slice(498, 502));
for (let i = 0; i < 990; i++) big.shift();
big[12] = 'far';
console.log(big, big.length);
