// runtime: Number() and String() conversions
console.log(Number('5'), Number(''), Number('  12  '), Number('abc'), Number('1e3'), Number(null), Number(undefined));
console.log(Number(true), Number([]), Number([7]), Number([1, 2]));
console.log(String([1, 2]), String([]), String(null), String(undefined), String({}), String(12.50));
console.log(String([1, [2, 3]]), String(true), String(-0), String(1e21));
