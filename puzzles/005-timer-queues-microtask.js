// title: A timer that queues a microtask
// difficulty: 2
// tags: microtask, macrotask, drain, seed
// source: seed article "Javascriptの同期処理と非同期処理" (complex example)
function async1() {
  console.log('async1 start');
  setTimeout(() => {
    console.log('setTimeout 1');
    Promise.resolve().then(() => {
      console.log('setTimeout 1 microtask');
    });
  }, 0);
  Promise.resolve().then(() => {
    console.log('async1 microtask');
  });
  console.log('async1 end');
}
async1();
