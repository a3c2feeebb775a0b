{ then(r) { r(1); } }.then((v) => console.log(v));
