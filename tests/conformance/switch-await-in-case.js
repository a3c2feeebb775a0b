// §4 an await in a switch (the value, a case test, a clause body) suspends the function like anywhere else; other microtasks run meanwhile
async function route(kind) {
  console.log(kind, 'start');
  switch (await kind) {
    case await Promise.resolve('a'):
      console.log(kind, 'case a');
      await null;
      console.log(kind, 'after await in case a');
    case 'b':
      console.log(kind, 'case b (or fell through)');
      break;
    default:
      console.log(kind, 'default');
      return kind + ' returned';
  }
  return kind + ' done';
}
route('a').then((v) => console.log(v));
route('b').then((v) => console.log(v));
route('z').then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync end');
