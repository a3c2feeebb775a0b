const d = new Date()
