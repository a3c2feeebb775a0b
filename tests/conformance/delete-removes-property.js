// statements: delete removes an own property and gives true (also for a missing one); a re-added key goes last
const o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o, 'b' in o, o.b);
o.b = 'again';
console.log(Object.keys(o), JSON.stringify(o));
const key = 'c';
console.log(delete o[key], delete o.missing, delete o['a'], o);

const withGetter = {
  get g() {
    return 'getter';
  },
};
console.log(delete withGetter.g, withGetter.g, withGetter);

const e = new Error('message');
console.log(delete e.message, JSON.stringify(e.message));
console.log(delete 'text'.other, delete (7).x, delete true.y);
console.log(delete 1, delete (() => 'evaluated')(), typeof delete o.a);
let declared = 1;
var alsoDeclared = 2;
console.log(delete declared, delete alsoDeclared, declared, alsoDeclared);
try {
  delete null.x;
} catch (err) {
  console.log(err.constructor.name, err.message);
}
