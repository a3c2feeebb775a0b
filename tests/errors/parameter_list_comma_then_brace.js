setTimeout(() => {
  function f(a,
}, 1);
