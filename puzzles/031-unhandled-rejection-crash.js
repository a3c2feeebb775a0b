// title: Forgetting .catch crashes Node
// difficulty: 3
// tags: rejection, unhandled, crash, exit-code
console.log('start');
function saveFile() {
  return new Promise((resolve, reject) => reject(new Error('disk full')));
}
saveFile().then(() => console.log('saved'));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('cleanup timer'), 0);
console.log('end');
