#!/usr/bin/env node
// syntax: a first line starting with #! (a hashbang, as in an executable script) is a comment
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
