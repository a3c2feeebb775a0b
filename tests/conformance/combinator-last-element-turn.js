// §3 a combinator fulfils 1 turn after its last element settles; its then runs one turn later
const k2 = Promise.resolve().then(() => {}).then(() => 'k2');
Promise.all([k2, 'a']).then(v => console.log('all', v));
Promise.race([{ then(r) { r('thenable'); } }]).then(v => console.log('race', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4')).then(() => console.log('x5'));
