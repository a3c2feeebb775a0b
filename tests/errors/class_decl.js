class A {
  m() {}
}
