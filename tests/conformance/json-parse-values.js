// runtime: JSON.parse builds objects, arrays, strings (all escapes), numbers as JS reads them, literals
const v = JSON.parse(' { "name" : "jsorder", "tags": ["a", "b", []], "n": null, "ok": true, "no": false, "o": {}, "deep": {"x": [{"y": [1, [2, [3]]]}]} } ');
console.log(v, v.deep.x[0].y);
console.log(JSON.parse('"\\u0041\\u00e9\\u4e2d \\ud83d\\ude00 \\" \\\\ \\/ \\b\\f\\n\\r\\t end"'));
console.log(JSON.parse('"é中😀 raw"'), JSON.parse('""').length, JSON.parse('"\\u0000"').length);
const nums = ['0', '-0', '1', '-1.5', '3.14159', '1e3', '1E-3', '2e+2', '1e400', '-1e400', '123456789012345678901234567890', '0.1', '5e-324', '1.7976931348623157e308', '9007199254740993'];
for (const n of nums) {
  const x = JSON.parse(n);
  console.log(n, x, Object.is(x, -0), typeof x);
}
console.log(JSON.parse(12), JSON.parse(null), JSON.parse(true), JSON.parse([5]), JSON.parse(' \t\r\n[] '), JSON.parse('{}'));
const text = JSON.stringify({ list: [1, 'two', { three: [3] }], s: 'quote " and \\ and \n', n: -2.5 });
const back = JSON.parse(text);
console.log(text, back, JSON.stringify(back) === text);
console.log(JSON.parse.length, typeof JSON.parse('[1]').map, JSON.parse('[1, 2, 3]').reduce((a, b) => a + b));
