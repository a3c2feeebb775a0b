// statements: `break label` leaves any labeled statement (a block, an if, a switch, a try), running finally blocks on the way
check: {
  console.log('block start');
  if (true) break check;
  console.log('never');
}
console.log('after block');

found: if (true) {
  for (const x of [1, 2, 3]) {
    if (x === 2) break found;
    console.log('searching', x);
  }
  console.log('never: not found');
}

sw: switch (1) {
  case 1:
    for (;;) {
      console.log('loop inside switch');
      break sw;
    }
  case 2:
    console.log('never: break sw left the switch');
}

guarded: try {
  console.log('try');
  break guarded;
} finally {
  console.log('finally runs');
}
console.log('end');
