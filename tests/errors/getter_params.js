const o = { get x(v) { return v } }
