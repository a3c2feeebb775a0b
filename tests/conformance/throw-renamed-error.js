// The crash header is the error as console.log would show it
const e = new Error('not allowed');
e.name = 'PermissionError';
console.log('before');
throw e;
