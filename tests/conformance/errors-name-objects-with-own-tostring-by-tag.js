// runtime: V8 names an object with its own toString in TypeErrors by its built-in tag ([object Map], [object Promise]), never by calling it
function attempt(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
const m = new Map();
m.toString = () => 'M';
const p = Promise.resolve();
p.toString = () => 'P';
const it = [1].values();
it.toString = () => 'I';
attempt('receiver', () => [].values().next.call(m));
attempt('callback', () => [1].map(m));
attempt('plain', () => new Map().get.call({ toString() { return 'x'; } }));
attempt('promise', () => [1].map(p));
attempt('iterator', () => new Set().has.call(it));
attempt('set', () => [1].forEach(new Set([1])));
