// Past the depth limit a function with own properties prints as [Constructor];
// a bound function inherits its target's prototype, so a bound async function
// prints as [AsyncFunction].
async function af() {}
const bound = af.bind(null);
bound.extra = 1;
const plain = function () {};
plain.extra = 2;
console.log([[[bound, plain]]]);
