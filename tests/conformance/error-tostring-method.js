// Errors inherit Error.prototype.toString (not Object.prototype.toString):
// name and message are read when it is called, joined by ': ' when both show.
const e = new Error('first');
console.log(e.toString());
e.message = 'changed';
console.log(e.toString());
const t = new TypeError('bad');
t.name = 'Custom';
console.log(t.toString(), [t.toString()]);
const empty = new RangeError();
console.log(empty.toString());
const borrowed = { name: 'N', message: 'M', toString: e.toString };
console.log(String(borrowed), `${borrowed}`);
const detached = e.toString;
try { detached(); } catch (err) { console.log(err.name, err.message); }
