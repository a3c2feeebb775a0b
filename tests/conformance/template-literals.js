// runtime: template literals evaluate expressions and convert results with String()
const items = ['pen', 'ink'];
const price = 2.5;
console.log(`${items.length} items: ${items.join(' & ')}`);
console.log(`total: ${price * items.length} (${price > 2 ? 'pricey' : 'cheap'})`);
console.log(`nested: ${`inner ${1 + 1}`}, array: ${[1, [2, 3]]}, object: ${{}}`);
console.log(`multi
line`);
