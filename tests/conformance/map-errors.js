// runtime: Map and Set TypeErrors: calling without new, non-iterable arguments, non-object entries, bad callbacks, wrong receivers, assigning size in strict code
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('call Map', () => Map());
attempt('call Set', () => Set([1]));
attempt('number', () => new Map(5));
attempt('object', () => new Set({}));
attempt('boolean', () => new Map(true));
attempt('entry', () => new Map([1]));
attempt('string entry', () => new Map([['a', 1], 'ab']));
attempt('string', () => new Map('ab'));
attempt('null', () => new Map(null).size + new Set(undefined).size);
attempt('forEach number', () => new Map().forEach(5));
attempt('forEach string', () => new Set([1]).forEach('x'));
attempt('forEach null', () => new Map().forEach(null));
attempt('forEach missing', () => new Set().forEach());
attempt('detached get', () => {
  const get = new Map().get;
  return get('a');
});
attempt('add on a Map', () => new Set().add.call(new Map(), 1));
attempt('next on a Set iterator', () => new Map().keys().next.call(new Set().keys()));
attempt('array next on a Map', () => [].values().next.call(new Map()));
attempt('strict size', () => {
  'use strict';
  new Set().size = 1;
});
attempt('sloppy size', () => {
  const s = new Set([1]);
  s.size = 5;
  return s.size;
});
attempt('apply with a Set', () => Math.max.apply(null, new Set([1, 2])));
attempt('throw in forEach', () => {
  new Map([[1, 1]]).forEach(() => {
    throw new RangeError('stop');
  });
});
