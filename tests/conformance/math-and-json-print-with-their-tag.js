// §5 Math and JSON print as Object [Math] {} (with any own keys), and String() of them is [object Math]
console.log(Math, [JSON]);
Math.answer = 42;
console.log({ m: Math });
console.log(String(Math), `${JSON}`, JSON + "");
