// Node lines up long arrays in columns measured by ICU: wide symbols and
// CJK count two columns, format characters and combining marks none.
console.log(['✅ ok', '❌ no', '⭐', 'a', 'bb', 'ccc', 'dddd', 'e', '⚡ fast', 'x']);
console.log(['שָׁלוֹם', 'ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn', 'op', 'qr', 'st', 'uvwxyz']);
console.log(['\ufeff', 'a\u2028b', '日本', 'ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn', 'op', 'uvwxyz']);
