// topic: with top-level await the file is an ES module: require is not defined there, also for events
console.log(typeof require);
await null;
try {
  require('events');
} catch (e) {
  console.log(e.name, e.message);
}
