switch (x) {
  default: console.log('a')
  case 1: break
  default: console.log('b')
}
