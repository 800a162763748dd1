/**
 * Every default of the site workspace, written once (astro.config.mjs imports it too). The ports
 * are the project's (DESIGN.md): CMS 1337, site 4321.
 */
export const DEFAULT_STRAPI_URL = 'http://127.0.0.1:1337';
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';
