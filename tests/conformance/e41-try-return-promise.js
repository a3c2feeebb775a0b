// §4 E41 try-return-promise: `return p` inside try does NOT catch p's rejection; `return await p` does
async function noAwait() { try { return Promise.reject('r1'); } catch (e) { return 'caught1'; } }
async function withAwait() { try { return await Promise.reject('r2'); } catch (e) { return 'caught2'; } }
noAwait().then(v => console.log('ok-' + v), e => console.log('rejected-' + e));
withAwait().then(v => console.log('ok-' + v), e => console.log('rejected-' + e));
