// util.promisify: setTimeout and setImmediate give the timers/promises functions;
// other functions get a callback (err, value) appended inside a promise executor.
// util.format and util.inspect print as console.log does.
const util = require('util');
const { promisify } = require('node:util');
const sleep = util.promisify(setTimeout);
const later = promisify(setImmediate);
console.log(sleep === require('timers/promises').setTimeout, sleep.name, later.name);
function legacy(x, cb) { console.log('legacy called', x); setTimeout(() => cb(null, x * 2), 10); }
function failing(cb) { process.nextTick(() => cb(new Error('nope'))); }
function throwing(cb) { throw new TypeError('sync throw'); }
function multi(cb) { cb(null, 'a', 'b'); }
const p1 = promisify(legacy);
console.log(p1.name, typeof p1);
(async () => {
  console.log('start');
  await sleep(20);
  console.log('after sleep');
  const v = await sleep(5, 'val');
  console.log('sleep value', v);
  console.log('legacy result', await p1(21));
  try { await promisify(failing)(); } catch (e) { console.log('caught', e.message); }
  try { await promisify(throwing)(); } catch (e) { console.log('caught', e.name, e.message); }
  console.log('multi', await promisify(multi)());
  console.log('immediate', await later('imm'));
  const obj = { n: 5, get(cb) { cb(null, this.n); } };
  console.log('this', await promisify(obj.get).call(obj));
  const nt = promisify(process.nextTick);
  await nt();
  console.log('after nextTick');
})();
Promise.resolve().then(() => console.log('micro'));
process.nextTick(() => console.log('tick'));
console.log(util.format('%s=%d', 'x', 42, { a: 1 }), util.inspect({ a: { b: { c: { d: 1 } } } }), util.inspect('s'), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
try { util.promisify(5); } catch (e) { console.log(e.name, e.code, e.message); }
