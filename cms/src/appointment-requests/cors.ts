import { INTAKE_PATH } from './settings';

/** The router matches paths case-insensitively and with or without a trailing slash; so does this. */
export function isIntakePath(path: string): boolean {
  return path.toLowerCase().replace(/\/+$/, '') === INTAKE_PATH;
}

/**
 * The origins strapi::cors allows, per request: only the static site may call the appointment
 * intake from a script; every other path keeps Strapi's default (reflect any origin), which the
 * content API's tokens and the same-origin admin do not depend on.
 */
export function corsOrigins(siteOrigin: string) {
  return (ctx: { path: string }): string[] | string => (isIntakePath(ctx.path) ? [siteOrigin] : '*');
}
