setTimeout(() => {
  console.log('b')
, 0)
