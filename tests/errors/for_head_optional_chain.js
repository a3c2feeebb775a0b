const o = {};
for (o?.k of [1, 2]) {}
