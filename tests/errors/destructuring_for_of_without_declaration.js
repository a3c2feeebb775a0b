for ([key, value] of pairs) {}
