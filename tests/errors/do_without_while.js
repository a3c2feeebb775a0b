do x++
y()
