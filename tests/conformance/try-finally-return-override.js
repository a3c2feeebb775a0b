// runtime: finally runs before the function returns, and a return in finally overrides
function f() {
  try { console.log('try'); return 'from try'; }
  finally { console.log('finally'); }
}
function g() {
  try { return 'from try'; }
  finally { return 'from finally'; }
}
function h() {
  try { throw new Error('lost'); }
  finally { return 'finally swallows the throw'; }
}
console.log(f());
console.log(g());
console.log(h());
