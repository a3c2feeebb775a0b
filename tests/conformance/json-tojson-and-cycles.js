// JSON.stringify calls toJSON(key); a cycle throws V8's message naming the path
console.log(JSON.stringify({ when: { toJSON(key) { return 'key=' + key; } }, list: [{ toJSON(k) { return 'idx' + k; } }] }));
console.log(JSON.stringify({ toJSON() { return { nested: true }; } }));
const c = { name: 'c' };
c.self = c;
try { JSON.stringify(c); } catch (e) { console.log(e.message); }
const a = [1];
a.push(a);
try { JSON.stringify({ x: a }); } catch (e) { console.log(e.message); }
const deep = { a: { b: { c: { d: { e: {} } } } } };
deep.a.b.c.d.e.loop = deep;
try { JSON.stringify(deep); } catch (e) { console.log(e.message); }
console.log('%j', c);
