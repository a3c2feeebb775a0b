[a + 1, b] = pair;
