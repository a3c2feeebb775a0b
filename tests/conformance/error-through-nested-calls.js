// runtime: an error thrown deep in nested calls unwinds through finally blocks to the nearest catch
function level3() { console.log('level3 throws'); throw new TypeError('deep problem'); }
function level2() {
  try { level3(); console.log('not reached'); }
  finally { console.log('level2 finally'); }
}
function level1() {
  try { level2(); }
  catch (e) { console.log('level1 caught', e.name, e.message); return 'recovered'; }
}
console.log(level1());
