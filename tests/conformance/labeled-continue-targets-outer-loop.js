// statements: `continue label` goes on with the labeled loop, `break label` leaves it, from any depth of nested loops
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('for', i, j);
  }
  console.log('never: continue outer skips this');
}

let n = 0;
rows: while (n < 4) {
  n++;
  let m = 0;
  do {
    m++;
    if (m === 2) continue rows;
    if (n === 3) break rows;
    console.log('while/do', n, m);
  } while (m < 3);
}
console.log('n is', n);

items: for (const item of ['a', 'b', 'c']) {
  for (const k in { x: 1, y: 2 }) {
    if (item === 'b') continue items;
    console.log('for-of/for-in', item, k);
    if (k === 'x' && item === 'c') break items;
  }
}

a: b: for (let i = 0; i < 2; i++) {
  for (;;) {
    if (i === 0) continue a;
    break b;
  }
}
console.log('two labels on one loop');
