// title: Sequential awaits vs Promise.all
// difficulty: 4
// tags: async, await, promise-all, timers
function wait(label, ms) {
  console.log(`start ${label}`);
  return new Promise(resolve => setTimeout(() => {
    console.log(`done ${label}`);
    resolve(label);
  }, ms));
}
async function sequential() {
  const a = await wait('s1', 20);
  const b = await wait('s2', 20);
  return [a, b];
}
async function parallel() {
  return Promise.all([wait('p1', 100), wait('p2', 20)]);
}
async function main() {
  console.log('sequential ->', await sequential());
  console.log('parallel ->', await parallel());
}
main();
