delete obj.x
