let [first, second];
