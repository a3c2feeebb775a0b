// functions: names bound by a parameter pattern are uninitialised until it is bound; async functions, methods, defaults with side effects
function k(a = y, { y }) { return a; }
try { k(undefined, { y: 1 }); } catch (e) { console.log(e.name, e.message); }
console.log(k(0, { y: 1 }));
async function af(a = b, b) { return a; }
af().catch((e) => console.log('async', e.name, e.message));
af(1).then((v) => console.log('async ok', v));
const m = { go(a = this.base, b = a * 2) { return a + b; }, base: 10 };
console.log(m.go(), m.go(1));
function dflt(a, b = a + 1, [c, d = c] = [b]) { return [a, b, c, d]; }
console.log(dflt(1), dflt(1, 5), dflt(1, 5, [7]));
function len(a, b = 1, c) {}
console.log(len.length);
let calls = 0;
function side(a = ++calls, b = ++calls) { return [a, b, calls]; }
console.log(side(), side(10), side(undefined, 20));
