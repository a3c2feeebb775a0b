// statements: for…in lists the keys once at the start: keys deleted before their turn are skipped, keys added meanwhile are not visited
const o = { a: 1, b: 2, c: 3, d: 4 };
for (const k in o) {
  console.log('visit', k);
  if (k === 'a') {
    delete o.c;
    o.e = 5;
    o[0] = 'zero';
  }
}
console.log(Object.keys(o));

const readded = { x: 1, y: 2, z: 3 };
for (const k in readded) {
  console.log('visit', k);
  if (k === 'x') {
    delete readded.y;
    readded.y = 'back';
  }
}

const arr = [10, 20, 30, 40];
for (const i in arr) {
  console.log('index', i);
  if (i === '0') {
    arr.pop();
    delete arr[1];
  }
}
