// statements: deleting a fixed property (an array's length, a string's characters) gives false, and throws a TypeError in strict code
const arr = [1, 2];
console.log(delete arr.length, delete 'abc'[0], delete 'abc'.length, delete 'abc'[5]);
function strict() {
  'use strict';
  for (const attempt of [() => delete arr.length, () => delete 'abc'[1], () => delete 'abc'.extra]) {
    try {
      console.log('deleted', attempt());
    } catch (e) {
      console.log(e.constructor.name, e.message);
    }
  }
}
strict();
console.log(arr);
