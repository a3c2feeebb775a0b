// §4 await of a plain value or settled native promise resumes after exactly 1 turn
(async () => { await 'value'; console.log('after await value'); })();
(async () => { await Promise.resolve(); console.log('after await resolved'); })();
(async () => {
  try { await Promise.reject(new Error('e')); } catch (e) { console.log('after await rejected'); }
})();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
