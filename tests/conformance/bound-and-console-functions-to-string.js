// runtime: String() of a bound function or of a console method (bound in Node) is the nameless `function () { [native code] }`
function greet() {}
const bound = greet.bind(null);
console.log(String(bound), bound.name);
console.log(`${console.log}`, console.log.name, '' + console.error);
console.log(String(Math.max), String(Promise.resolve));
