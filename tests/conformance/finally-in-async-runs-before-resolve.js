// §4 a finally block inside an async function runs before the returned promise resolves
async function work() {
  try {
    await null;
    console.log('try body');
    return 'from try';
  } finally {
    console.log('finally block');
  }
}
work().then(v => console.log('resolved', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
