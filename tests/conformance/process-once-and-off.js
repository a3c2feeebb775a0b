// process events: once() listeners run a single time, off() and removeListener() remove the most recently added copy
let round = 0;
const every = () => console.log('every round', round);
const removed = () => console.log('removed: never');
process.on('beforeExit', () => {
  round++;
  if (round < 3) setTimeout(() => console.log('timeout', round), 1);
});
process.once('beforeExit', () => console.log('once', round));
process.on('beforeExit', every);
process.on('beforeExit', removed);
process.on('beforeExit', every);
console.log(process.off('beforeExit', removed) === process);
process.removeListener('beforeExit', every);
process.addListener('exit', (code) => console.log('exit', code, round));
