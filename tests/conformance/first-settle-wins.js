// §3 only the first resolve/reject counts; later calls and a later throw are ignored
new Promise((resolve, reject) => {
  reject(new Error('first: reject'));
  resolve('second: resolve');
}).then(v => console.log('fulfilled', v), e => console.log('rejected', e.message));
new Promise((resolve) => {
  resolve('kept');
  throw new Error('ignored throw');
}).then(v => console.log('fulfilled', v));
