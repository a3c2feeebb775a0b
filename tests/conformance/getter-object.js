// runtime: object literal getters run on every access (and never when merely stored)
let reads = 0;
const state = { celsius: 20 };
const temp = {
  get fahrenheit() { reads++; return state.celsius * 9 / 5 + 32; },
};
console.log(temp.fahrenheit);
state.celsius = 100;
console.log(temp.fahrenheit, reads);
const holder = { t: temp };
console.log(reads, holder.t.fahrenheit, reads);
