// A destructuring TypeError inside a .then callback rejects the chain
Promise.resolve(undefined)
  .then(({ value }) => console.log('never', value))
  .catch((err) => console.log('caught:', err.message));
Promise.resolve(42)
  .then(([digit]) => console.log('never', digit))
  .catch((err) => console.log('caught:', err.message));
async function main() {
  const [response] = await Promise.resolve(null);
  console.log('never', response);
}
main().catch((err) => console.log('async caught:', err.message));
