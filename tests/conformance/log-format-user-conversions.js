// %s calls an object's own toString, %d its valueOf, %i/%f parse its string, %j its toJSON
const o = { toString() { return 'custom'; }, valueOf() { return 42; } };
console.log('%s|%d|%i|%f', o, o, o, o);
console.log('%s and %s', { toString: () => 'arrow ts' }, [{ toString() { return 'hidden'; } }]);
console.log('%d', { valueOf() { return 7; } });
console.log('%j', { toJSON() { return [1, 2]; } });
