// §3 new Promise runs its executor synchronously, before the next statement
console.log('1 before');
const p = new Promise(resolve => {
  console.log('2 in executor');
  resolve('value');
  console.log('3 still in executor after resolve');
});
console.log('4 after constructor');
p.then(v => console.log('5 then', v));
console.log('6 end');
