// §2 clearInterval inside the interval's own drain (a microtask) still stops it
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => {
    if (n === 2) { clearInterval(id); console.log('stopped in microtask'); }
  });
}, 5);
