// §2 the delay goes through Number(): '1', [1], true and null/undefined all land in the 1 ms list
setTimeout(() => console.log('string 1'), '1');
setTimeout(() => console.log('array [1]'), [1]);
setTimeout(() => console.log('true'), true);
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('object'), { valueOf() { return 1; } });
