// runtime: a String.prototype method called on null names itself in V8's TypeError (trimStart and trimEnd by their old names); toString and valueOf accept only a string
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
};
for (const name of ['toUpperCase', 'padEnd', 'trimStart', 'trimEnd', 'toString', 'valueOf']) {
  t(() => ''[name].call(null));
}
t(() => 'a'.toUpperCase.call(5));
t(() => 'a'.toString.call(5));
t(() => 'a'.valueOf.call('b'));
