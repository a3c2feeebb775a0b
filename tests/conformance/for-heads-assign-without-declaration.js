// statements: for…of and for…in without a declaration assign an existing name, a pattern or a property
let x;
for (x of [1, 2]) console.log('x', x);
console.log('after', x);
const o = { k: null, list: [] };
for (o.k of 'ab') o.list.push(o.k);
console.log(o);
const arr = [];
for (arr[arr.length] in { p: 1, q: 2 });
console.log(arr);
let a, b;
for ([a, b] of [[1, 2], [3, 4]]) console.log(a + b);
for ({ a } of [{ a: 'A' }]) console.log(a);
var count = 0;
for (count in [7, 8, 9]);
console.log(count, typeof count);
async function f() {
  let item;
  for await (item of [Promise.resolve('p'), 'q']) console.log('await', item);
  return item;
}
f().then((v) => console.log('last', v));
for (o['k'] of [5]);
console.log(o.k);
