const t = performance.now()
