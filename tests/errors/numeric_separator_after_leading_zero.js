console.log(0_1);
