outer: for (;;) {
  for (;;) { break inner }
}
