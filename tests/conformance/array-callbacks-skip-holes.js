// runtime: forEach/map/filter/some/every/reduce skip holes and indexes past a shrunken end; find reads them as undefined
const a = [];
a[1] = 1;
a[3] = 3;
a.forEach((x, i) => console.log('forEach', i, x));
console.log(a.map((x) => x * 2), a.filter(() => true), a.some((x) => x === undefined), a.every((x) => x > 0));
console.log(a.reduce((s, x) => s + x), a.reduceRight((s, x, i) => `${s}|${i}:${x}`, 'r'));
console.log(a.find((x) => x === undefined), a.findIndex((x) => x === undefined), a.findLast((x) => x === undefined));
const b = [1, 2, 3, 4];
console.log(b.map((x, i) => (i === 0 && (b.length = 2), x * 10)), b);
const c = [];
c.length = 3;
try {
  c.reduce((s, x) => s + x);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
