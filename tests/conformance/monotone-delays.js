// §2 timers created earlier and due no later run first (monotone schedule)
setTimeout(() => console.log('0 ms'), 0);
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('30 ms again'), 30);
setTimeout(() => console.log('90 ms'), 90);
