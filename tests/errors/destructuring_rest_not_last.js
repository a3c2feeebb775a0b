let head, tail;
[...head, tail] = [1, 2, 3];
