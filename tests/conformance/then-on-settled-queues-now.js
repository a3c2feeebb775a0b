// §3 then on an already settled promise queues its job immediately (turn 1)
const done = Promise.resolve('done');
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
done.then(v => console.log('late-registered then sees', v));
