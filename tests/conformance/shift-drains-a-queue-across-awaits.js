// runtime: a task queue drained with shift() by workers that await promises and timers
const tasks = [];
for (let i = 0; i < 12; i++) tasks.push({ id: i, ms: (i * 7) % 5 });
const log = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function worker(name) {
  while (tasks.length) {
    const t = tasks.shift();
    log.push(`${name}:${t.id}`);
    if (t.id % 3 === 0) await sleep(t.ms);
    else await null;
    if (t.id === 4) tasks.unshift({ id: 40, ms: 1 });
    if (t.id === 8) tasks.push({ id: 80, ms: 0 });
  }
  console.log(name, 'done with', tasks.length, 'left');
}
Promise.all([worker('a'), worker('b'), worker('c')]).then(() => {
  console.log(log.join(' '));
});
queueMicrotask(() => console.log('first microtask sees', tasks.length, tasks[0]));
setTimeout(() => console.log('timer sees', tasks.map((t) => t.id)), 0);
