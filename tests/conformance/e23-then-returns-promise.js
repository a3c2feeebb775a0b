// §3 E23 then-returns-promise: returning a native promise from then costs 2 extra turns
Promise.resolve().then(() => { console.log(0); return Promise.resolve(4); }).then(v => console.log(v));
Promise.resolve().then(() => console.log(1)).then(() => console.log(2)).then(() => console.log(3))
  .then(() => console.log(5)).then(() => console.log(6));
