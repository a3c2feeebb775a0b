// §5 %% prints %, unknown directives and directives without arguments stay literal
console.log('100%% sure', 'x');
console.log('100%%');
console.log('%x %s', 'a');
console.log('%s %s', 'only');
console.log('50%');
