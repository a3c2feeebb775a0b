// runtime: in strict code, assigning to an undeclared name throws a
// ReferenceError instead of creating a global
implicit = 'sloppy creates a global';
console.log(implicit);
function strictly() {
  'use strict';
  implicit = 'assigning an existing global is fine';
  missing = 1;
}
try {
  strictly();
} catch (e) {
  console.log(e.name, e.message, implicit);
}
setTimeout(() => {
  'use strict';
  laterMissing = 2;
}, 0);
