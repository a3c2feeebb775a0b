// §5 an array of 6 or fewer long entries breaks one entry per line when over 80 columns
console.log(['aaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbb', 'ccccccccccccccc', 'ddddddddddddd']);
console.log(['aaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbb', 'ccccccccccccccc', 'ddddddddddddddddd']);
console.log([{ id: 1, name: 'first item' }, { id: 2, name: 'second item' }, { id: 3, name: 'x' }]);
