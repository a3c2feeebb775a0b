// ES module: when nothing is left to run and the top-level await never
// settled, Node ends the process with exit code 13 (and prints nothing)
setTimeout(() => console.log('timer still runs'), 10);
console.log('waiting');
await new Promise(() => {});
console.log('never printed');
