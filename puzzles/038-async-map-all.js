// title: async map with Promise.all
// difficulty: 4
// tags: async, await, promise-all, array-methods
async function double(x) {
  console.log(`double(${x}) start`);
  await null;
  console.log(`double(${x}) end`);
  return x * 2;
}
async function main() {
  const inputs = [1, 2, 3];
  const pending = inputs.map(double);
  console.log('map returned', pending.length, 'promises');
  const out = await Promise.all(pending);
  console.log('results', out, 'sum', out.reduce((a, b) => a + b, 0));
}
main();
console.log('after main()');
