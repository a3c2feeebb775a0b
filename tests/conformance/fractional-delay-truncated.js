// §2 fractional delays are truncated to the list key: 20.9 and 20 share one FIFO list
setTimeout(() => console.log('20.9 first'), 20.9);
setTimeout(() => console.log('20 second'), 20);
setTimeout(() => console.log('20.5 third'), 20.5);
