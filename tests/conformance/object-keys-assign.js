// Object.keys lists keys without calling getters; `in` and hasOwnProperty neither;
// Object.assign skips null and undefined sources
const acct = {
  total: 1,
  get doubled() { console.log('getter runs'); return this.total * 2; },
};
console.log(Object.keys(acct), 'doubled' in acct, acct.hasOwnProperty('doubled'));
console.log(Object.values(acct));
console.log(Object.assign({}, { a: 1 }, null, undefined, { b: 2 }));
