// runtime: an uncaught JSON.parse SyntaxError ends the process at once, before pending timers
console.log('before');
setTimeout(() => console.log('never'), 0);
Promise.resolve().then(() => console.log('never either'));
JSON.parse('{"a": [1, 2,]}');
