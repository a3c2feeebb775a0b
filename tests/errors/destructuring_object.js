const { a } = obj
