let new = 1
