// title: setTimeout vs synchronous code
// difficulty: 1
// tags: macrotask, timers, seed
// source: seed article "Javascriptの同期処理と非同期処理" (async Case 1)
function async1() {
  setTimeout(() => {
    console.log('async1');
  }, 0);
}
function sync1() {
  console.log('sync1');
}
function async2() {
  setTimeout(() => {
    console.log('async2');
  }, 0);
}
function sync2() {
  console.log('sync2');
}
async1();
sync1();
async2();
sync2();
