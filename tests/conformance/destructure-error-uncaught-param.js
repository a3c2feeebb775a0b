// An uncaught destructuring error in a timer callback ends the process
setTimeout(() => console.log('never runs'), 500);
setTimeout(({ when }) => console.log('never', when), 10);
console.log('scheduled');
