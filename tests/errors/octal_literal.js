const n = 010
