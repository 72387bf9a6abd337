/** Kept in step with package.json by a test; the core does not read package.json at run time (asar). */
export const APP_VERSION = '0.1.0';
