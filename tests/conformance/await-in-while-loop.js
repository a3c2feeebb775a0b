// §4 await inside a while loop interleaves with a parallel then-chain, one turn per iteration
async function loop() {
  let i = 0;
  while (i < 3) {
    await i;
    console.log('loop', i);
    i++;
  }
  console.log('loop done');
}
loop();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
