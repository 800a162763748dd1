/**
 * Every default of the site workspace, written once (astro.config.mjs imports it too). The ports
 * are the project's (DESIGN.md): CMS 1337, site 4321, draft preview 4323.
 */
export const DEFAULT_STRAPI_URL = 'http://127.0.0.1:1337';
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';
/** The draft preview server (site/preview/server.ts). */
export const DEFAULT_PREVIEW_URL = 'http://127.0.0.1:4323';
