// runtime: holes (from writing past the end or growing `length`) are skipped by forEach/map/filter/reduce/some/every/indexOf, kept by map/slice/concat, sorted last, read as undefined by find/includes
const xs = [3, 1];
xs[4] = 2;
xs.length = 6;
console.log(xs, 2 in xs, xs.hasOwnProperty(2), xs.hasOwnProperty('01'), { ...xs });
xs.forEach((x, i) => console.log('forEach', i, x));
console.log(xs.map((x) => x * 10), xs.filter(() => true), xs.reduce((a, b) => a + b));
console.log(xs.some((x) => x === undefined), xs.every((x) => x > 0), xs.indexOf(undefined));
console.log(xs.includes(undefined), xs.find((x) => x === undefined), xs.findIndex((x) => x === undefined));
console.log(xs.slice(1, 4), xs.concat([9]), [undefined, ...xs].sort(), xs.sort(), xs.flat());
