// §3 E30 all-mixed: Promise.all resolves 1 turn after its last element settles, keeps input order
const late = Promise.resolve().then(() => {}).then(() => 'late');
Promise.all([late, 1, Promise.resolve(2)]).then(v => console.log('all', v));
Promise.all([{ then(r) { r('th'); } }]).then(v => console.log('thenable', v));
Promise.all([]).then(() => console.log('empty'));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4'));
