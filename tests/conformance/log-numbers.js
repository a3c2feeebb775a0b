// §5 numbers: -0 keeps its sign, otherwise JS ToString (exponents, NaN, Infinity)
console.log(-0, 0, NaN, 1 / 0, -1 / 0);
console.log(1e21, 1e-7, 123456789012345680000, 0.1 + 0.2, 9007199254740992, 1 / 3);
console.log([-0, 0.5, -1.5e300, 100]);
console.log(String(-0), `${-0}`, -0 + '');
