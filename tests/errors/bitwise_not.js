const n = ~a
