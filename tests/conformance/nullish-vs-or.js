// runtime: ?? only replaces null/undefined, || replaces every falsy value
const values = [0, '', false, null, undefined, NaN, 'x'];
values.forEach(v => console.log(String(v), '->', v ?? 'default', '|', v || 'default'));
let config = { retries: 0 };
console.log(config.retries ?? 3, config.retries || 3, config.timeout ?? 100);
