// Parentheses end an optional chain: (a?.b).c reads .c from undefined
const a = { b: null };
const none = undefined;
console.log(none?.x.y.z, a?.b?.c);
for (const f of [() => (none?.x).y, () => (none?.x)(), () => (a?.b).c, () => (none?.[0])[1]]) {
  try {
    console.log(f());
  } catch (err) {
    console.log(err.message);
  }
}
console.log((a?.b) ?? 'nullish', (none?.x)?.y);
