setTimeout(() => {
  console.log('a',
}, 1);
