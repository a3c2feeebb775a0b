// §5 an object whose one-line form would exceed 80 columns prints one entry per line
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddd' });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddddddddddddddd' });
console.log({ user: { name: 'Ada Lovelace', languages: ['english', 'french'], born: 1815, notes: 'analyst' } });
