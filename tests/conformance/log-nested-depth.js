// §5 containers more than 2 levels below the argument print as [Object] / [Array]
console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]]);
console.log([[[[]]]], [[[{}]]]);
console.log({ list: [[1, [2, [3]]]] });
console.log([{ x: { y: { z: 1 } } }]);
