// §4.1 awaiting a rejected promise (inside try) counts as handling it in the same drain
const p = Promise.reject(new Error('awaited'));
async function consume() {
  await null;
  try { await p; } catch (e) { console.log('caught by await:', e.message); }
}
consume();
setTimeout(() => console.log('no crash'), 0);
