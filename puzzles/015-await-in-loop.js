// title: await inside a for...of loop
// difficulty: 3
// tags: async, await, loops, microtask
async function worker(name, items) {
  for (const item of items) {
    await null;
    console.log(`${name} handled ${item}`);
  }
  return `${name} finished`;
}
worker('W1', ['a', 'b', 'c']).then(msg => console.log(msg));
worker('W2', ['x', 'y']).then(msg => console.log(msg));
console.log('both workers started');
