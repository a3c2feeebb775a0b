// §3 E29 finally-ticks: value passes through finally after 3 turns (then: 1)
Promise.resolve('v').finally(() => console.log('fin')).then(v => console.log('after-fin-' + v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
