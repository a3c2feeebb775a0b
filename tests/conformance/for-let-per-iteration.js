// runtime: for (let ...) creates a fresh binding per iteration; var shares one binding
const withLet = [];
for (let i = 0; i < 3; i++) withLet.push(() => i);
const withVar = [];
for (var j = 0; j < 3; j++) withVar.push(() => j);
console.log(withLet.map(f => f()), withVar.map(f => f()));
const later = [];
for (let k = 0; k < 3; k++) { later.push(() => k); k++; }
console.log(later.map(f => f()));
