const r = /ab+c/g
