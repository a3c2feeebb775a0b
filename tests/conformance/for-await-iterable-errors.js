// for await over what is neither async nor sync iterable: a nullish value
// fails reading Symbol.asyncIterator; a call as the iterable is printed
// with its (...).
const o = { n: null, five() { return 5; }, none() {} };
const t = async (label, fn) => {
  try { await fn(); } catch (e) { console.log(label, '->', e.message); }
};
(async () => {
  await t('missing method', async () => { for await (const x of o.missing()) {} });
  await t('returns 5', async () => { for await (const x of o.five()) {} });
  await t('returns undefined', async () => { for await (const x of o.none()) {} });
  await t('null property', async () => { for await (const x of o.n) {} });
  await t('number', async () => { for await (const x of 5) {} });
  await t('object', async () => { for await (const x of {}) {} });
})();
