// Object.entries/values/assign and spread list the own keys first, then read
// each in turn, skipping a key an earlier getter deleted; JSON.stringify reads
// each property (and array element, up to the length it read first) when it
// writes it, so toJSON and getters interleave
const o = {
  get a() { console.log('get a'); return { toJSON() { console.log('toJSON a'); return 1; } }; },
  get b() { console.log('get b'); return 2; },
};
console.log(JSON.stringify(o));
const src = () => ({ get x() { delete this.y; return 1; }, y: 2, z: 3 });
console.log(Object.entries(src()), Object.values(src()));
console.log(Object.assign({}, src()), { ...src() });
const { z, ...rest } = src();
console.log(rest, z);
const arr = [{ toJSON() { arr.pop(); return 0; } }, 1, 2];
console.log(JSON.stringify(arr));
