if (Math.random() < 0.5) {}
