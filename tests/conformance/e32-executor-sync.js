// §3 E32 executor-sync: executor runs now; later resolve/reject/throw are ignored
console.log('before');
const p = new Promise((resolve, reject) => {
  console.log('executor');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
  throw new Error('also ignored');
});
p.then(v => console.log(v));
console.log('after');
