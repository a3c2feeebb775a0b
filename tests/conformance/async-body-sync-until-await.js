// §4 calling an async function runs its body synchronously up to the first await
async function f(name) {
  console.log(name, 'part 1 (sync)');
  console.log(name, 'part 2 (still sync)');
  await null;
  console.log(name, 'part 3 (after await)');
}
console.log('before calls');
f('A');
f('B');
console.log('after calls');
