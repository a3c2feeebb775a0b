// replace/replaceAll with a string search: the template's $$, $&, $` and $' are
// substituted and every other `$` stays as written; a callback gets (match,
// position, string) and replaceAll finds every match before the first call
console.log('abcabc'.replace('b', '[$&]'), 'abc'.replace('b', "$'"), 'abc'.replace('b', '$`'));
console.log('abc'.replace('b', '$$'), 'abc'.replace('b', '$1'), 'abc'.replace('b', '$<n>'), 'abc'.replace('b', 'x$'));
console.log('aaa'.replaceAll('a', '$&$&'), 'abc'.replaceAll('', '-'), 'abc'.replaceAll('', '$`|'));
console.log('a.b.c'.replaceAll('.', (m, i, s) => { console.log('cb', m, i, s); return i; }));
console.log('hello world'.replace('o', function (m, i) { return m.toUpperCase() + i; }));
console.log('aXbX'.replaceAll('X', () => undefined), 'aXbX'.replace('X', () => ({ toString() { return 'T'; } })));
console.log('aaaa'.replaceAll('aa', 'b'), 'éaé'.replaceAll('a', "[$'$`]"));
try {
  'abc'.replace('b', () => { throw new Error('inside'); });
} catch (e) {
  console.log('caught', e.message);
}
