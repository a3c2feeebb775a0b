// §1 extra arguments of setTimeout/setInterval/setImmediate/nextTick are passed to the callback
process.nextTick((a, b) => console.log('tick', a, b), 'x', 'y');
setTimeout((a, b) => console.log('timeout', a + b), 0, 2, 3);
const id = setInterval((label) => { console.log('interval', label); clearInterval(id); }, 0, 'iv');
setTimeout(() => setImmediate((v) => console.log('immediate', v), 'imm'), 5);
