// runtime: malformed JSON throws a catchable SyntaxError worded as V8 words it
const bad = [
  '{"a":}', '{', '', '   ', '{"a":1,}', '[1,]', '[1 2]', '{a:1}', "{'a':1}", 'tru', 'trux', 'true x',
  '01', '-01', '1.', '-', '[-]', '.5', '+1', '1e', '1e+', '"abc', '"a\\x"', '"\\u12g4"', '"\\u12', '"\\',
  '{"a" 1}', '{"a"', '{"a":1 "b":2}', '{"a":1,"b"}', '{"a":1,"b" 1}', '{"a":1,"b" "c"}', '{"a":1',
  'nul', 'undefined', 'NaN', 'Infinity', '[', '["a"', '"tab\there"', '"line\nbreak"', '{,}', '[,1]',
  '{"a":1}}', '123abc', '1 2', 'x'.repeat(30), '[1,2,3,4,5,6,7,8,9,0,]', '{"key":"' + 'v'.repeat(40) + '",}',
  '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":}', '{"é":1 x}', '"😀" x', '\u00a0 1', '\u000b1',
];
for (const text of bad) {
  try {
    JSON.parse(text);
    console.log('parsed?', text);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name, e.message);
  }
}
for (const v of [undefined, {}, function f() {}]) {
  try {
    JSON.parse(v);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
