// §2 a later-created timer with a much shorter delay runs first (due times 100 ms apart)
setTimeout(() => console.log('150 ms'), 150);
setTimeout(() => console.log('50 ms'), 50);
setTimeout(() => console.log('0 ms'), 0);
