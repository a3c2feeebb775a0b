// runtime: ?. short-circuits to undefined on null/undefined; calls with ?.() skip missing functions
const user = { profile: { name: 'ada', langs: ['en'] }, greet() { return 'hi'; } };
const nobody = null;
console.log(user.profile?.name, user.settings?.theme, nobody?.profile.name);
console.log(user.profile?.langs?.[0], user.profile?.langs?.[5]);
console.log(user.greet?.(), user.missing?.(), typeof nobody?.x);
