// runtime: a for…of over entries() that awaits each step still sees items pushed by timers and microtasks meanwhile
const jobs = ['a', 'b'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
setTimeout(() => jobs.push('from-timer'), 1);
queueMicrotask(() => jobs.push('from-microtask'));
async function run() {
  for (const [i, job] of jobs.entries()) {
    console.log('start', i, job, jobs.length);
    await (i % 2 ? sleep(20) : null);
    console.log('end', i, job);
  }
  console.log('done', jobs);
}
run().then(() => console.log('after run'));
process.nextTick(() => console.log('tick', jobs.length));
