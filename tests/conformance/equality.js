// runtime: == converts types, === does not
console.log(1 == '1', 1 === '1', 0 == '', 0 === '');
console.log(null == undefined, null === undefined, null == 0, undefined == 0);
console.log(NaN == NaN, NaN === NaN, [1] == 1, '1,2' == [1, 2]);
console.log(true == 1, true === 1, 'b' > 'a', '10' < '9', 10 < 9);
const o = {};
console.log(o == o, o === {}, [] == [], !![]);
