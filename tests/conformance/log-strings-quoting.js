// §5 strings print raw at top level; inside containers they are quoted ('', "" or `` by content)
console.log('top level', "it's raw");
console.log(['plain', "it's", 'say "hi"', `both ' and "`]);
console.log({ s: 'x', t: "don't" });
console.log(['tab\there', 'new\nline', 'back\\slash']);
console.log('new\nline at top level');
