console.log('hello)
x()
