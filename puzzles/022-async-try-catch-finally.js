// title: try/catch/finally around await
// difficulty: 3
// tags: async, await, try-catch, finally
async function load(shouldFail) {
  console.log(`load(${shouldFail}) start`);
  try {
    const v = await (shouldFail ? Promise.reject(new Error('load failed')) : Promise.resolve('data'));
    console.log('loaded', v);
    return v;
  } catch (e) {
    console.log('caught', e.message);
    return 'fallback';
  } finally {
    console.log(`load(${shouldFail}) cleanup`);
  }
}
load(false).then(v => console.log('result A:', v));
load(true).then(v => console.log('result B:', v));
console.log('sync done');
