// §5 nested containers that break keep 2 spaces of indent per level
console.log({
  config: { name: 'jsorder', targets: ['node20', 'chromium'], limits: { depth: 2, width: 80 } },
  list: [{ id: 1, tags: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'] }],
});
