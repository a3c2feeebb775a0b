// §2 §3 a for…in body that queues timers, ticks and microtasks: everything queued during the loop runs after it, in queue order
const jobs = { first: 1, second: 2, third: 3 };
for (const name in jobs) {
  setTimeout(() => console.log('timeout', name), 0);
  process.nextTick(() => console.log('tick', name));
  Promise.resolve(jobs[name]).then((n) => console.log('then', name, n));
  if (name === 'first') delete jobs.second;
  console.log('loop', name);
}
async function walk(obj) {
  for (const k in obj) {
    await null;
    console.log('walk', k);
  }
  return 'walked';
}
walk({ p: 1, q: 2 }).then(console.log);
console.log('sync end');
