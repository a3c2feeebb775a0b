// split(separator, limit) keeps at most `limit` pieces
console.log('a-b-c-d'.split('-', 2));
console.log('abc'.split('', 2));
console.log('a,b'.split(',', 0));
console.log('a b c'.split(' ', 10));
