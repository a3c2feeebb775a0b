// §4 n sequential awaits of settled values resume in turns 1..n
async function three() {
  await 1; console.log('await 1 done');
  await 2; console.log('await 2 done');
  await 3; console.log('await 3 done');
}
three();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
