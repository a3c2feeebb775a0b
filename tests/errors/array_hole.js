const xs = [1, , 2]
