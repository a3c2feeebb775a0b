// String(err) and `${err}` run Error.prototype.toString like err.toString():
// an empty name leaves the message alone, an undefined name reads as 'Error'.
const f = new Error('msg');
f.name = '';
console.log(String(f), `${f}`, f + '!', [f].join());
const e = new Error('m');
e.name = undefined;
console.log(String(e), `${e}`);
