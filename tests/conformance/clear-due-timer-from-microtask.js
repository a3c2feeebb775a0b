// §2 clearing a due-but-not-run timer from an earlier timer's drain cancels it
let victim;
setTimeout(() => {
  console.log('first');
  Promise.resolve().then(() => { clearTimeout(victim); console.log('cleared victim'); });
}, 0);
victim = setTimeout(() => console.log('victim'), 0);
setTimeout(() => console.log('last'), 0);
