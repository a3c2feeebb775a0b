// §4.1 a handler attached in a nextTick of the same drain prevents the unhandled-rejection crash
const p = Promise.reject(new Error('handled late'));
process.nextTick(() => {
  console.log('attaching in tick');
  p.catch(e => console.log('caught', e.message));
});
setTimeout(() => console.log('timer runs: no crash'), 0);
