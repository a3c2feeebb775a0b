// Destructuring the results of Promise.all and allSettled inside async code
const wait = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
async function main() {
  console.log('start');
  const [slow, fast] = await Promise.all([wait(100, 'slow'), wait(10, 'fast')]);
  console.log(slow, fast);
  const results = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no')), wait(0, 3)]);
  results.forEach(({ status, value, reason }) => {
    console.log(status, value, reason && reason.message);
  });
  const { data: { items: [firstItem] } } = await Promise.resolve({ data: { items: ['first', 'second'] } });
  console.log(firstItem);
  return 'done';
}
main().then((v) => console.log(v));
Promise.resolve().then(() => console.log('microtask before the results'));
console.log('sync end');
