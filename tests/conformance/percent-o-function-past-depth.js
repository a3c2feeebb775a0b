// %o shows hidden keys, so every function has own keys (length, name):
// past %o's depth of 4 it prints as [Function] / [AsyncFunction], not its base.
console.log('%o', [[[[[function named() {}]]]]]);
console.log('%o', [[[[[() => 1, async () => 2]]]]]);
