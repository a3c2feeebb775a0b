const o = { *gen() {} }
