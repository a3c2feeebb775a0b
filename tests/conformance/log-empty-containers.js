// §5 empty containers and containers of empty containers
console.log([], {}, [[]], [{}], { a: [], b: {} });
