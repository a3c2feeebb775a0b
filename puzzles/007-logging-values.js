// title: What does console.log print?
// difficulty: 1
// tags: console, formatting, template-literals
const fruit = 'apple';
const count = 3;
console.log(`I have ${count} ${fruit}s`);
console.log('I have', count, fruit + 's');
console.log([1, 'two', [3, [4, [5, [6]]]]]);
console.log({ name: fruit, tags: ['red', 'sweet'], price: { amount: 1.5, currency: 'EUR' } });
console.log(`${[1, 2, 3]} / ${{ a: 1 }} / ${null} / ${undefined}`);
console.log('%s costs %d euros', fruit, '2', 'today');
console.log(1 + '2', 1 + 2 + '3', '1' + 2 + 3, 0.1 + 0.2);
console.log(typeof count, typeof fruit, typeof null, typeof undefined, typeof console.log);
