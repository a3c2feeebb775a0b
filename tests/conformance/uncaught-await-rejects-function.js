// §4 an awaited rejection that is not caught rejects the async function's promise
async function inner() { await null; throw new Error('deep'); }
async function outer() {
  console.log('outer start');
  await inner();
  console.log('not reached');
}
outer().catch(e => console.log('outer rejected with', e.message));
