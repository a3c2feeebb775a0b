loop: for (;;) {
  loop: while (true) break loop
}
