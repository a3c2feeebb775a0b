// Destructuring undefined with an object pattern is a TypeError naming the source
function load() {}
console.log('before');
const { config } = load();
console.log('never', config);
