// splice() with no arguments removes nothing; with only a start (even
// undefined) it removes everything from there on.
const a = [1, 2, 3];
console.log(a.splice(), a);
console.log(a.splice(undefined), a);
const b = [1, 2, 3];
console.log(b.splice(1), b, [4, 5].splice(-1), [6, 7].splice(0, undefined));
