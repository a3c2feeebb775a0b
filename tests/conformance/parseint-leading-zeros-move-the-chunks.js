// V8 skips leading zeros before it sums the digits of a radix other than
// 2, 4, 8, 10, 16 or 32 in 32-bit chunks, so they move the chunk borders.
console.log(parseInt('0440344232032212010323122', 5));
console.log(parseInt('440344232032212010323122', 5));
console.log(parseInt('000112220102201211201021212012', 3));
console.log(parseInt('-00zzzzzzzzzzzzzz', 36));
