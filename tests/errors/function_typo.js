function() sync1() {
  console.log('sync 1')
}
