// runtime: a catch block can rethrow; the outer catch receives the new error
try {
  try {
    throw new Error('inner');
  } catch (e) {
    console.log('inner catch', e.message);
    throw new RangeError('rethrown from ' + e.message);
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log('outer catch', e.name, e.message);
}
