import { isIntakePath } from '../appointment-requests/cors';
import { DEFAULTS } from '../config/defaults';

/**
 * Which web pages may call the CMS from a script (CORS, with credentials). Strapi's default
 * reflects any origin, so a page on any other site or port could act with a signed-in editor's
 * session; here only our own origins are allowed:
 * - the appointment intake: the static site only (its forms post there);
 * - everything else (the admin API): the CMS's own public origin (the admin is served from it),
 *   the static site and the preview server.
 * Any other origin gets no Access-Control-Allow-* headers at all.
 */
export type CorsSettings = { intake: string[]; everythingElse: string[] };

function originOf(name: string, url: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new Error(`${name} must be an absolute http(s) address such as https://www.example.org, got "${url}".`);
  }
  return parsed.origin;
}

export function corsSettings(env: NodeJS.ProcessEnv = process.env): CorsSettings {
  const site = originOf('SITE_URL', env.SITE_URL?.trim() || DEFAULTS.siteUrl);
  const cms: string[] = [];
  if (env.PUBLIC_URL?.trim()) cms.push(originOf('PUBLIC_URL', env.PUBLIC_URL.trim()));
  else {
    // Locally the admin is opened at the address the CMS listens on, by IP or by name.
    const port = env.PORT?.trim() || String(DEFAULTS.port);
    const host = env.HOST?.trim() || DEFAULTS.host;
    cms.push(`http://${host}:${port}`);
    if (host === '127.0.0.1' || host === '0.0.0.0') cms.push(`http://localhost:${port}`);
  }
  const preview = env.PREVIEW_URL?.trim() ? [originOf('PREVIEW_URL', env.PREVIEW_URL.trim())] : [];
  return { intake: [site], everythingElse: [...new Set([...cms, site, ...preview])] };
}

/** strapi::cors's `origin` option: the list of allowed origins for the request's path. */
export function corsOrigins(settings: CorsSettings) {
  return (ctx: { path: string }): string[] => (isIntakePath(ctx.path) ? settings.intake : settings.everythingElse);
}
