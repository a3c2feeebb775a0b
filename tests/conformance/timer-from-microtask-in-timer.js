// §2 a timer created in a timer's drain joins the end of the list, behind already-queued timers
setTimeout(() => {
  console.log('T1');
  Promise.resolve().then(() => setTimeout(() => console.log('T3 (from T1 micro)'), 0));
}, 0);
setTimeout(() => console.log('T2'), 0);
