// Number.parseInt and Number.parseFloat are the global functions themselves.
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(Number.isNaN === isNaN, Number.isFinite === isFinite);
console.log(Number.parseFloat('1.5e3x'), Number.parseInt('ff', 16));
