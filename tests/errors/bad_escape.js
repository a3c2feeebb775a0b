const s = '\x4'
