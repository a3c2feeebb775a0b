// §5 object literals built with shorthand and spread print in insertion order (later keys override in place)
const name = 'ada';
const base = { id: 1, name: 'x', tags: [] };
console.log({ ...base, name, extra: true });
console.log({ name, ...base });
console.log([...[1, 2], ...['a'], 3]);
