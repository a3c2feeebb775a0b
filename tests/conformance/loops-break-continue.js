// runtime: while, do-while, break and continue
let out = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  out.push(i);
}
console.log(out);
let n = 0;
do { n++; } while (n < 0);
console.log('do-while ran', n, 'time');
let w = 10;
while (true) { w -= 3; if (w < 0) break; }
console.log('w', w);
