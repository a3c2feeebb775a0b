let a = 1 /* oops
