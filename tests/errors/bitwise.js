const n = a | 0
