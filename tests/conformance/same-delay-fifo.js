// §2 timers with the same delay run in creation order
const names = ['a', 'b', 'c', 'd', 'e'];
names.forEach(n => setTimeout(() => console.log('timer', n), 10));
console.log('created', names.length);
