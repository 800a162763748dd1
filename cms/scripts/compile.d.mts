/** Types of scripts/compile.mjs, for the tests that import it. */
export function serverSourcesHash(appDir?: string, strapiVersion?: string): string;
