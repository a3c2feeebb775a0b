for (;;) {
  x, y: break
}
