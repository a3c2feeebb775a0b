// runtime: + concatenates as soon as a string is involved, left to right; other operators convert to numbers
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + '2' - 1, '6' / '2', '3' * '4');
console.log('5' - 2, '5' + 2, +'7' + 1, -'3', 'a' - 1);
console.log(1 + null, 1 + undefined, 'x' + null, true + 1, [] + [], [1, 2] + 3);
