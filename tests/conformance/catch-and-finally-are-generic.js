// runtime: catch and finally work on any object with a `then` and throw V8's TypeErrors otherwise
const { catch: c, finally: fin } = Promise.resolve();
const t = { then(a, b) { console.log('then got', typeof a, typeof b); return 'r'; } };
console.log(c.call(t, () => {}));
console.log(fin.call(t, () => {}));
for (const recv of [5, {}]) {
  try { c.call(recv, () => {}); } catch (e) { console.log(e.message); }
  try { fin.call(recv, () => {}); } catch (e) { console.log(e.message); }
}
const p = Promise.resolve();
p.constructor = 7;
try { p.then(() => {}); } catch (e) { console.log(e.message); }
p.then = 'x';
try { p.catch(() => {}); } catch (e) { console.log(e.message); }
Promise.all([p]).then((v) => console.log('all fulfils with p itself:', v[0] === p));
const q = Promise.resolve();
q.then = null;
Promise.race([q]).catch((e) => console.log('race rejects:', e.message));
