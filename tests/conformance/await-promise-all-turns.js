// §4 after await Promise.all([...settled values]) the function resumes in turn 2
(async () => {
  const r = await Promise.all([1, Promise.resolve(2), 3]);
  console.log('all', r);
})();
(async () => {
  const r = await Promise.race([Promise.resolve('r')]);
  console.log('race', r);
})();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
