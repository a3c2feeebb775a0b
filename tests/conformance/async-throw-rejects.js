// §4 a throw before any await rejects the returned promise instead of throwing at the call site
async function fails() {
  console.log('fails() running');
  throw new Error('async failure');
}
let p;
try {
  p = fails();
  console.log('no exception at the call site');
} catch (e) {
  console.log('not reached');
}
p.catch(e => console.log('rejection:', e.message));
