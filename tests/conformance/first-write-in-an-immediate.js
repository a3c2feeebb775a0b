// The process's first write can come in a callback: here it follows a timer
// armed in an immediate, which is then due before the next check phase runs
// the immediate queued after it.
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('inner immediate'));
  console.log('first write');
});
