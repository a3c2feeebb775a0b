// timers: an interval that clearImmediate marks done while it runs keeps repeating, with hasRef() null; clearInterval still stops it
// (The interval starts after both immediates have run: if it fired first, node's immediate counts would be upset and it could spin forever.)
setImmediate(() => console.log('immediate a'));
setImmediate(() => console.log('immediate b'));
setImmediate(() => {
  let n = 0;
  const iv = setInterval(() => {
    console.log('interval', ++n, iv.hasRef());
    if (n === 1) clearImmediate(iv);
    if (n === 3) clearInterval(iv);
  }, 5);
});
