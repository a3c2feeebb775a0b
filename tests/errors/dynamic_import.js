const m = import('x')
