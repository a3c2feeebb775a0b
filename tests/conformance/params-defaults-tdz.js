// functions: parameters with defaults are initialised left to right; reading a later one (or itself) throws a ReferenceError
function f(a = b, b = 1) { return [a, b]; }
try { f(); } catch (e) { console.log(e.name, e.message); }
try { f(undefined, 2); } catch (e) { console.log(e.name, e.message); }
console.log(f(5));
function g(a = a) { return a; }
try { g(); } catch (e) { console.log(e.name, e.message); }
function h(a = () => b, b = 2) { return a(); }
console.log(h());
function k(x, { y } = { y: x }, z = y + 1) { return [x, y, z]; }
console.log(k(1), k(1, { y: 5 }));
const arrow = (p = q, q) => p;
try { arrow(); } catch (e) { console.log(e.name, e.message); }
function r(a = rest.length, ...rest) { return a; }
try { r(); } catch (e) { console.log(e.name, e.message); }
console.log(r(3, 4));
function s(a, b = a) { return b; }
console.log(s(9));
