const o = { set x(v) {} }
