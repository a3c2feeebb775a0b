with (obj) { x }
