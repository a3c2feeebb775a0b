outer: for (;;) { break outer }
