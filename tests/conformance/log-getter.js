// §5 accessor properties print as [Getter]; the getter is not called by console.log
const obj = {
  a: 1,
  get computed() { console.log('getter ran'); return 42; },
};
console.log(obj);
console.log(obj.computed);
