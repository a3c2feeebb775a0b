block: {
  continue block
}
