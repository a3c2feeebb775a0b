// runtime: prefix vs postfix ++/--, compound assignment
let i = 5;
const a = i++;
const b = ++i;
const c = i--;
const d = --i;
console.log(a, b, c, d, i);
let s = 'x';
s += 1;
s += 2;
let m = 10;
m -= 3; m *= 2; m /= 7; m %= 3;
console.log(s, m);
