// statements: the case block of a switch is one scope: let/const of one clause are seen (or in their TDZ) in the others and in the case tests
function run(x) {
  switch (x) {
    case 'declare':
      let shared = 'set in declare';
      const fixed = 1;
      console.log(shared, fixed);
    case 'read':
      try {
        console.log('read', shared);
      } catch (e) {
        console.log('read threw', e.constructor.name, e.message);
      }
      break;
    case 'closure': {
      let inner = 'block inside a clause';
      setTimeout(() => console.log('timer sees', inner), 0);
    }
  }
}
run('declare');
run('read');
run('closure');

try {
  switch (1) {
    case later:
      console.log('never');
    default:
      let later = 2;
  }
} catch (e) {
  console.log('case test in TDZ:', e.constructor.name, e.message);
}

var before = typeof hoisted;
switch (0) {
  case 1:
    function hoisted() {}
    var v = 'var in a clause';
}
console.log(before, typeof v, v);
