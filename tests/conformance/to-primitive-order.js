// `+` and `==` ask valueOf first (default hint); String() and templates ask toString
// first; the inherited toString of arrays joins the elements' own toString
const both = { valueOf() { return 1; }, toString() { return 'str'; } };
console.log(both + '', `${both}`, String(both), both + 1, both == 1);
const onlyValueOf = { valueOf() { return 42; } };
console.log(onlyValueOf + 1, `${onlyValueOf}`, String(onlyValueOf));
const custom = { toString() { return 'custom!'; } };
console.log([custom] + '', `${[custom, custom]}`, String([1, [custom]]));
const cyc = [1, 2];
cyc.push(cyc);
console.log(String(cyc), cyc.join('-'));
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { console.log(bad + ''); } catch (e) { console.log(e.name + ': ' + e.message); }
