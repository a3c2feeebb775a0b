// The standard globals reached through the global object (`this` in a sloppy
// function) exist before first use and can be replaced.
function viaThis() { return this.Math.max(1, 2); }
console.log(viaThis());
function has() { return 'JSON' in this; }
console.log(has());
function assign() { this.Boolean = 'replaced'; }
assign();
console.log(Boolean, typeof Number);
