// title: Awaiting a pretend network call
// difficulty: 2
// tags: async, await, timers
// source: inspired by seed article "同期・非同期処理をざっくり俯瞰" (fetch example, without network)
function fakeFetch(path, ms) {
  console.log(`request ${path}`);
  return new Promise(resolve => setTimeout(() => {
    console.log(`response ${path}`);
    resolve({ path, status: 200 });
  }, ms));
}
async function main() {
  console.log('main start');
  const user = await fakeFetch('/user', 10);
  console.log(`user status ${user.status}`);
  const posts = await fakeFetch('/posts', 10);
  console.log('posts:', posts);
  return 'done';
}
main().then(result => console.log('main', result));
console.log('waiting for data...');
