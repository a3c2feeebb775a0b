// §4 async object methods and async arrows follow the same rules as async functions
const obj = {
  async greet(name) { await null; return `hello ${name}`; },
};
const shout = async (s) => s.length > 3 ? `${s}!` : s;
obj.greet('ada').then(v => console.log(v));
shout('hey').then(v => console.log('short:', v));
shout('there').then(v => console.log('long:', v));
