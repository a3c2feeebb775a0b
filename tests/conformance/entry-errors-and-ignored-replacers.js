// Object.fromEntries names a value that is not an entry object as Map does,
// without quotes (V8's NoSideEffectsToString); a JSON.stringify replacer
// that is neither a function nor an array is ignored.
for (const v of ['ab', '', -0, 'a b']) {
  try { Object.fromEntries([v]); } catch (e) { console.log(e.message); }
  try { new Map([v]); } catch (e) { console.log(e.message); }
}
console.log(JSON.stringify({ a: [1] }, 0), JSON.stringify([1], 'x', 1), JSON.stringify([1], {}));
