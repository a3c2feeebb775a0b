// A non-error reason is wrapped in UnhandledPromiseRejection, named as V8 names objects
console.log('start');
Promise.reject({ code: 42 });
