// §3 E28 rejection-passthrough: rejections travel 1 turn per link until a handler
Promise.reject('r').then(() => console.log('never')).then(() => console.log('never')).catch(() => console.log('late-catch'));
Promise.reject('r').catch(() => console.log('direct-catch'));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
