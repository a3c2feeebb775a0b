const [a, b] = pair
