/** The layout of the folder global-setup.ts builds into (no vitest import: the global setup loads it). */
export const DIST_FOLDER = 'dist';
export const CONTENT_FILE = 'cms-content.json';
