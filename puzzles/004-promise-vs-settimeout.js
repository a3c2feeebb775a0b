// title: Promise vs setTimeout
// difficulty: 2
// tags: microtask, macrotask, seed
// source: seed article "Javascriptの同期処理と非同期処理" (async Case 2)
function async1() {
  setTimeout(() => {
    console.log('async1');
  }, 0);
}
function sync1() {
  console.log('sync1');
}
async function async2() {
  Promise.resolve().then(() => {
    console.log('async2');
  });
}
function sync2() {
  console.log('sync2');
}
async1();
sync1();
async2();
sync2();
