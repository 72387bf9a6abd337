/*
 * tsconfig.shared.json resolves every package except zod to this file. shared/ runs in every process,
 * so it may import no package but zod; and a package's types may pull in @types/node (better-sqlite3's
 * do), which would make `process` and `Buffer` type-check in every shared file. Resolving here keeps
 * those types out of the shared program, and the line below fails tsc whenever a shared file imports
 * a package: read the importing file in the errors that come with it.
 */
const sharedImportsOnlyZod: 'shared/ may import no package but zod (see eslint/layers.js)' = 'a shared file imported a package';
export {};
