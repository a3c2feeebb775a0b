// §3 E31 combinators-ticks: race/any/allSettled on plain values settle in turn 1, callbacks in turn 2
Promise.race([1, 2]).then(v => console.log('race' + v));
Promise.any([Promise.reject(0), 3]).then(v => console.log('any' + v));
Promise.allSettled([Promise.reject('no'), 4]).then(r => console.log(r));
Promise.all([5, Promise.reject('bad')]).catch(e => console.log('all-' + e));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
