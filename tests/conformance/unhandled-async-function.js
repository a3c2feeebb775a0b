// §4.1 an async function that throws and is never handled crashes after the drain (exit 1)
async function broken() {
  await null;
  throw new Error('async broken');
}
broken();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
setTimeout(() => console.log('timer never runs'), 0);
