const { x, ...rest, y } = { x: 1, y: 2 };
