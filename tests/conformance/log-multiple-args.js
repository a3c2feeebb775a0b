// §5 several arguments are joined by spaces: strings raw, everything else inspected
console.log('a', 'b', 1, ['c'], { d: 'e' }, null);
console.log('count:', 3, 'items:', ['x', 'y']);
console.log(['x'], 'y');
