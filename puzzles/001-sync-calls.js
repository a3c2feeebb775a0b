// title: Three synchronous calls
// difficulty: 1
// tags: sync, call-stack, seed
// source: seed article "Javascriptの同期処理と非同期処理" (sync Case 1)
function sync1() {
  console.log('sync1');
}
function sync2() {
  console.log('sync2');
}
function sync3() {
  console.log('sync3');
}
sync1();
sync2();
sync3();
