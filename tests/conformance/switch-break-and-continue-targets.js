// statements: break leaves the innermost switch or loop; continue inside a switch goes on with the enclosing loop; return leaves from a case
for (let i = 0; i < 5; i++) {
  switch (i % 3) {
    case 0:
      console.log(i, 'zero: continue');
      continue;
    case 1:
      console.log(i, 'one: break');
      break;
    default:
      for (const j of [1, 2, 3]) {
        if (j === 2) break;
        console.log(i, 'inner loop', j);
      }
      console.log(i, 'after inner loop');
  }
  console.log(i, 'after switch');
}

function classify(n) {
  switch (typeof n) {
    case 'number':
      if (n < 0) return 'negative';
      return 'number';
    case 'string':
      try {
        return 'string';
      } finally {
        console.log('finally runs on return from a case');
      }
  }
  return 'other';
}
console.log(classify(-1), classify(2), classify('s'), classify(null));

let count = 0;
while (true) {
  switch (count++) {
    case 3:
      console.log('leaving at', count);
      break;
    default:
      continue;
  }
  break;
}
