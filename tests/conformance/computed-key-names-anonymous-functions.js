// An anonymous function or method defined under a computed key takes the key
// as its name (SetFunctionName); a named function keeps its own name.
const k = 'comp';
const o = {
  [k + 1]: () => {},
  [`t${2}`]: async function () {},
  [1 + 1]() {},
  [k]: function own() {},
};
console.log(o);
console.log(o.comp1.name, o.t2.name, o[2].name, o.comp.name);
