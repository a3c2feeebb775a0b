// An arrow body that starts with `{` is a block, never an object literal:
// `a: 1, b: 2` is a label and a comma expression that cannot hold another label.
const f = () => { a: 1, b: 2 };
