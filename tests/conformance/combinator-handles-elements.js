// §4.1 combinators attach handlers to every element, so extra rejected elements never crash
Promise.all([Promise.reject('a'), Promise.reject('b')]).catch(e => console.log('all caught', e));
Promise.race([Promise.reject('c'), Promise.reject('d')]).catch(e => console.log('race caught', e));
setTimeout(() => console.log('still alive'), 0);
