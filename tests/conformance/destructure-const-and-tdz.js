// const and TDZ rules hold for names bound by patterns
const { a } = { a: 1 };
try {
  ({ a } = { a: 2 });
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
console.log(a);
try {
  const { b = c, c } = {};
  console.log(b, c);
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  const [d = d] = [];
  console.log(d);
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
let [e, f] = [1];
console.log(e, f);
[e, f = 'default'] = ['again'];
console.log(e, f);
