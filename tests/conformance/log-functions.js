// §5 functions print as [Function: name], [Function (anonymous)], [AsyncFunction: name]
function named() {}
const arrow = () => {};
const asyncArrow = async () => {};
const obj = { method() {}, prop: function () {} };
console.log(named, arrow, asyncArrow);
console.log(obj);
console.log([function () {}, () => 1, async function af() {}]);
console.log({ callback: (x) => x * 2 });
