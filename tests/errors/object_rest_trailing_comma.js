let rest;
({ ...rest, } = { x: 1 });
