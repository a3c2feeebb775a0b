// topic: require('events') is the EventEmitter constructor (also its own EventEmitter property); the node: prefix names the same module object; require is a function of the module, not a global
const events = require('events');
const { EventEmitter } = require('node:events');
const timers = require('timers/promises');
const globalObject = (function () { return this; })();
console.log(typeof require, typeof globalObject.require, 'require' in globalObject);
console.log(events === EventEmitter, events.EventEmitter === EventEmitter, EventEmitter.name);
console.log(timers === require('node:timers/promises'), typeof timers.setTimeout, typeof timers.setImmediate);
const e = new EventEmitter();
console.log(e instanceof EventEmitter, e instanceof events, ({}) instanceof EventEmitter, e.constructor === EventEmitter);
console.log(typeof e.on, e.on === e.addListener, e.off === e.removeListener, 'emit' in e, 'nothing' in e);
e.name = 'my emitter';
e.on('hello', function () { console.log('hello from', this.name); });
e.emit('hello');
