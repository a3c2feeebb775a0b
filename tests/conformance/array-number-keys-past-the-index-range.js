// an array index is an integer from 0 to 2^32 - 2: a larger number key
// (2^32 - 1, 2^32, 1e21) is an ordinary property, as its string form is,
// and leaves the length alone
const arr = [1, 2];
arr[4294967295] = 'p';
arr[2 ** 32] = 'q';
arr[1e21] = 'r';
console.log(arr, arr.length, arr[4294967295], arr[2 ** 32], arr['1e+21']);
console.log(4294967295 in arr, Object.keys(arr));
delete arr[4294967295];
arr[2 ** 32] += '!';
console.log(arr);
