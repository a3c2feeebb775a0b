// runtime: trim, Number, parseInt and parseFloat skip JS whitespace: the byte-order mark U+FEFF is whitespace, U+0085 (NEL) is not
for (const c of ['\ufeff', '\u0085', '\u00a0', '\u2028']) {
  const padded = c + 'x' + c;
  console.log(c.charCodeAt(0), padded.trim().length, padded.trimStart().length, padded.trimEnd().length);
  console.log(Number(c + '5' + c), parseInt(c + '7'), parseFloat(c + '1.5'), c + '1' == 1);
}
