// What V8 says when something is not iterable: the source text for for…of and
// array spread, a typed description for built-ins, a fixed text for call spread
const o = { n: 1 };
try { for (const x of o.n) {} } catch (e) { console.log(e.message); }
try { [...o]; } catch (e) { console.log(e.message); }
try { for (const x of {}) {} } catch (e) { console.log(e.message); }
try { Math.max(...o); } catch (e) { console.log(e.message); }
try { Object.fromEntries(5); } catch (e) { console.log(e.message); }
console.log(Array.from(5), Array.from(true));
Promise.all(5).catch((e) => console.log(e.message));
Promise.all(null).catch((e) => console.log(e.message));
Promise.race({}).catch((e) => console.log(e.message));
