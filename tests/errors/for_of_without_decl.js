for (x of xs) {}
