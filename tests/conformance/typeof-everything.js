// runtime: typeof for every kind of value
console.log(typeof 1, typeof NaN, typeof 'a', typeof '', typeof true);
console.log(typeof undefined, typeof null, typeof {}, typeof []);
console.log(typeof function () {}, typeof (() => {}), typeof (async () => {}));
console.log(typeof Promise.resolve(), typeof Promise, typeof console, typeof console.log);
console.log(typeof new Error('e'), typeof undeclaredVariable, typeof typeof 1);
