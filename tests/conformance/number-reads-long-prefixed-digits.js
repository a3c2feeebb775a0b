// Number() reads 0x, 0o and 0b digits of any length, rounded to the nearest
// double as V8 rounds them; a sign after the prefix is not a digit.
console.log(Number('0x440066559a6656c90bd5482a'), +'0o45207454745545652755223');
console.log(Number('0b1000010111100100100010011011111011110001000000001110111111100000111010'));
console.log(Number('0x20000000000001'), Number('0x20000000000003'), Number('0x' + 'f'.repeat(300)));
console.log(Number('0x+1'), Number('0x-1'), Number(' 0X1f '), Number('0x'), Number('-0x10'), Number('0b2'));
