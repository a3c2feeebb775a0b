// A thrown non-error object crashes the process; node prints it inspected
setTimeout(() => {
  console.log('timer');
  throw { code: 42, reason: 'bad' };
}, 0);
