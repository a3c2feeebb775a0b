'use strict';
// In strict mode a call without a receiver leaves `this` undefined
function f() { return this; }
console.log(f(), typeof f());
const o = { name: 'o', get() { return this.name; } };
const g = o.get;
try { g(); } catch (e) { console.log(e.name + ': ' + e.message); }
