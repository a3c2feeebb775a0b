// §4 E43 await-in-loop-vs-all: sequential awaits vs Promise.all of the same values
(async () => { for (const v of [1, 2]) { await v; console.log('seq' + v); } })();
(async () => { const r = await Promise.all([1, 2]); console.log('all' + r.join('')); })();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
