// §2 setTimeout(f, 0) is setTimeout(f, 1): same 1 ms list, so insertion order decides
setTimeout(() => console.log('delay 1 (first)'), 1);
setTimeout(() => console.log('delay 0 (second)'), 0);
setTimeout(() => console.log('delay -5 (third)'), -5);
setTimeout(() => console.log('no delay (fourth)'));
