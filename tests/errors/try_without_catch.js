try { x }
y()
