// §4 E40 await-rejection: try/catch around await of a rejected promise resumes in 1 turn
(async () => {
  try { await Promise.reject(new Error('E')); console.log('not reached'); }
  catch (e) { console.log('caught-' + e.message); }
  finally { console.log('finally-block'); }
})();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
