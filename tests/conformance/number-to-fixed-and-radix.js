// toFixed rounds the exact stored value (1.45 is 1.4499…), ties away from zero;
// toString(radix) prints fraction digits too
console.log((1.45).toFixed(1), (1.005).toFixed(2), (2.5).toFixed(0), (-2.5).toFixed(0), (8.345).toFixed(2));
console.log((-0.0001).toFixed(2), (-0).toFixed(2), (999.995).toFixed(2), (0.1).toFixed(20), (1e21).toFixed(2));
console.log((0.5).toString(2), (255.5).toString(16), (-255).toString(16), (0.1).toString(3), (2 ** 60).toString(2));
