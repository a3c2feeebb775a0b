// console.group indents every line of later console output (stdout and
// stderr), console.count counts per label, console.dir inspects one value
// to the given depth.
console.group('A', 1); console.log('in a\nsecond'); console.group(); console.log({a:{b:{c:{d:1}}}}); console.error('err'); console.groupEnd(); console.count(); console.count(); console.count('x'); console.count(undefined); console.count(null); console.countReset(); console.count(); console.countReset('nope'); console.groupEnd(); console.groupEnd(); console.log('out'); console.dir({a:{b:{c:{d:1}}}}, {depth: null}); console.dir('str'); console.dir([1,'a'], {depth: 0}); console.dir({a:{b:{}}}, {depth: 0}); console.groupCollapsed('gc'); console.dir({x: 1}); console.groupEnd(); console.dir(); console.log(console.group()); console.log(console.count('r'));
console.groupEnd(); console.groupEnd();
const deep = { l1: { l2: { l3: { l4: { l5: [1, { l6: 'x' }] } } } } };
console.dir(deep, { depth: 10 }); console.dir(deep, { depth: 3 }); console.dir(deep, { depth: Infinity });
console.log(console.dir.length, console.group.name, String(console.count));
setTimeout(() => { console.group('timer'); Promise.resolve().then(() => console.log('micro in group')); }, 0);
setTimeout(() => { console.log('next timer'); console.groupEnd(); console.log('closed'); }, 0);
