// runtime: if/else chains and nested ternaries
function grade(score) {
  if (score >= 90) return 'A';
  else if (score >= 75) return 'B';
  else return 'C';
}
const sign = n => n > 0 ? 'positive' : n < 0 ? 'negative' : 'zero';
console.log([95, 80, 10].map(grade), [5, -5, 0].map(sign));
