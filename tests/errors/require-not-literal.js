const EventEmitter = require(`events`)
