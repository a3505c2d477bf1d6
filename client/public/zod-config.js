// Runs before any module of the app: zod compiles validators with `new Function` unless told
// not to, and the Content-Security-Policy forbids eval. A module cannot be relied on to set this
// first, because the bundler evaluates shared chunks (with zod and its schemas) before the entry.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
