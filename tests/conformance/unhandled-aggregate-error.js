// Promise.any with every element rejected: the AggregateError has no frames
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
Promise.resolve().then(() => console.log('m1'));
