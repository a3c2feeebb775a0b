// runtime: function declarations are hoisted with their body, var only as undefined
console.log(typeof hoisted, typeof notYet, notYet);
console.log(hoisted());
function hoisted() { return 'called before its declaration'; }
var notYet = 'now defined';
console.log(notYet);
