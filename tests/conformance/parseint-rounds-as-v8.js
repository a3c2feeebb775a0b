// runtime: parseInt rounds long digit strings as V8 does (radix 10 and powers of two exactly), and a negative radix gives NaN
console.log(parseInt('670858299213300800000'), parseInt(670858299213300800000), parseInt('32828524716540408000'));
console.log(parseInt('20000000000001', 16) - 2 ** 53, parseInt('20000000000003', 16) - 2 ** 53);
console.log(parseInt('ffffffffffffffffffffffff', 16), parseInt('1'.repeat(70), 2), parseInt('12345670123456701234567', 8));
console.log(parseInt('zzzzzzzzzzzzzzzzz', 36), parseInt('12121212121212121212121212', 3));
console.log(parseInt('10', -1), parseInt('10', 4294967298), parseInt('10', 2.9), parseInt('0x10', 16), parseInt('0x10', 10));
console.log('%i|%i|%f', '670858299213300800000', '0x1f', '  1.5e3x');
