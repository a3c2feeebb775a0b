console.log('A';
