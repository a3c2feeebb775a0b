// typeof of globals Node has (even ones jsorder does not model) and of browser-only names
console.log(typeof globalThis, typeof global, typeof module, typeof require, typeof __dirname);
console.log(typeof Map, typeof Symbol, typeof Date, typeof Reflect, typeof URIError);
console.log(typeof window, typeof document, typeof navigator, typeof notDeclaredAnywhere);
console.log(typeof window === 'undefined' ? 'running in node' : 'running in a browser');
