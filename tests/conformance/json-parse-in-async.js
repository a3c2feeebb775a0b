// runtime: JSON.parse errors inside async functions and then callbacks reject, and queue order holds
const inputs = ['{"id": 1, "ok": true}', '{"id": 2,}', '[3]', 'oops'];
async function load(text, ms) {
  await new Promise((r) => setTimeout(r, ms));
  return JSON.parse(text);
}
const queue = inputs.map((text, i) => ({ text, ms: (i * 3) % 4 }));
async function drain() {
  while (queue.length) {
    const job = queue.shift();
    try {
      console.log('loaded', await load(job.text, job.ms));
    } catch (e) {
      console.log('failed', e.name, e.message);
    }
  }
}
drain().then(() => console.log('drained'));
Promise.resolve('{"x": [1, {"y": null}]}')
  .then(JSON.parse)
  .then((v) => console.log('then parsed', v))
  .then(() => JSON.parse('{'))
  .catch((e) => console.log('then caught', e.message));
process.nextTick(() => console.log('tick', queue.length));
Promise.allSettled(inputs.map((t) => Promise.resolve(t).then(JSON.parse))).then((rs) =>
  console.log(rs.map((r) => r.status + (r.reason ? ': ' + r.reason.message : '')))
);
