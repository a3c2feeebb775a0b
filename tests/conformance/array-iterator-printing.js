// runtime: an array iterator prints as Node shows it, converts to '[object Array Iterator]'
const it = ['a', 'b'].entries();
console.log(it);
console.log([it], { it }, { a: { b: { c: it } } });
console.log(String(it), `${it}`, JSON.stringify(it), Object.keys(it), typeof it, it.toString());
console.log('%s|%O|%j', it, it, it);
it.label = 'tagged';
console.log(it, { a: { b: { c: it } } });
console.log(it instanceof Object, Array.isArray(it), it.next.length, [].keys.length);
console.log('next' in it, it.hasOwnProperty('next'), 'label' in it, 'map' in it);
