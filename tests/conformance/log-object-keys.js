// §5 identifier-like keys are bare, others quoted; integer keys come first in ascending order
console.log({ b: 1, a: 2, 'c-d': 3, $e: 4, _f: 5, '10': 6, '2': 7, 'has space': 8, g1: 9 });
console.log({ 'it\'s': 1 });
