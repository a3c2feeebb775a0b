// runtime: a number, string or boolean reads `constructor` from its prototype: Number, String, Boolean (not Object)
const values = [42, 'text', true, [1], { a: 1 }];
console.log(values.map((v) => v.constructor.name));
console.log((1).constructor === Number, 's'.constructor === String, false.constructor === Boolean);
console.log((7).constructor('8') + 1, 'x'.constructor(5) + 1, true.constructor(0));
console.log((1).constructor);
