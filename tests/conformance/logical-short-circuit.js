// runtime: && and || return operands and skip evaluating the right side when decided
function side(label, v) { console.log('evaluated', label); return v; }
console.log(side('a', 0) && side('b', 1));
console.log(side('c', 1) && side('d', 'second'));
console.log(side('e', '') || side('f', 'fallback'));
console.log(side('g', 'first') || side('h', 'never'));
console.log(!0, !'', !'x', !!null);
