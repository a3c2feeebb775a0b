// runtime: String#repeat truncates its count first, so a count between -1 and 0 repeats nothing; -1 and Infinity throw V8's RangeError
console.log(JSON.stringify('ab'.repeat(-0.5)), JSON.stringify('ab'.repeat(2.9)), JSON.stringify('ab'.repeat('-0.2')));
for (const count of [-1, Infinity, -Infinity]) {
  try {
    console.log('x'.repeat(count));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
