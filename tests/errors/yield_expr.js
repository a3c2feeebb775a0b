const v = yield 1
