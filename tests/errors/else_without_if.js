else { x }
