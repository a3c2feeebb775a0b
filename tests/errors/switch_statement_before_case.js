switch (x) {
  console.log(x)
}
