// §2 each nested setTimeout lands in a later timers phase; a far timer waits for all of them
let depth = 0;
function next() {
  depth++;
  console.log('chain step', depth);
  if (depth < 4) setTimeout(next, 0);
}
setTimeout(next, 0);
setTimeout(() => console.log('far timer at 2 s, depth', depth), 2000);
