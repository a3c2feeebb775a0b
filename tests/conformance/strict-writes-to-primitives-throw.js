// runtime: writing a property of a primitive is ignored in sloppy code and
// throws V8's TypeError in strict code (read-only for a string's length and
// characters, "Cannot create property" otherwise)
(1).x = 2;
'abc'.length = 5;
console.log('sloppy writes are ignored', 'abc'.length);
function strictly() {
  'use strict';
  const tries = [() => { (1).x = 2; }, () => { 'abc'.y = 1; }, () => { true.z = 1; }, () => { 'abc'.length = 5; }, () => { 'abc'[0] = 'x'; }, () => { 'abc'[5] = 'x'; }, () => { (1.5).toString = 1; }, () => { const s = 'q'; s.foo = 1; }, () => { (-0).a = 1; }, () => { 'a b'.c = 1; }, () => { (NaN).n = 1; }];
  for (const t of tries) { try { t(); console.log('ok'); } catch (e) { console.log(e.name, e.message); } }
}
strictly();
setTimeout(() => { 'use strict'; (7).late = 1; }, 0);
