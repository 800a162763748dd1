/**
 * The appointment-request intake's settings, from the environment, checked once at start so a
 * typo in a number stops the CMS with a message instead of silently disabling a protection.
 */
import { DEFAULTS } from '../config/defaults';

export const APPOINTMENT_REQUEST_UID = 'api::appointment-request.appointment-request';

/** The only public route: the site's forms post here. */
export const INTAKE_PATH = '/api/appointment-requests';

const DEFAULT_SITE_URL = DEFAULTS.siteUrl;

export type IntakeSettings = {
  /** Requests accepted from one client address in one hour. */
  rateLimitPerHour: number;
  /**
   * Requests refused (a field to fix, a body that cannot be read) from one client address in one
   * hour: far more than a person needs to correct their mistakes, few enough to stop a script.
   */
  refusedLimitPerHour: number;
  /** Proxies in front of the CMS that append to X-Forwarded-For; 0 when the CMS is reached directly. */
  trustedProxyHops: number;
  /** A form sent sooner than this after it was shown is treated as automated. */
  minFillSeconds: number;
  /** Requests older than this many days are deleted by the daily retention job. */
  retentionDays: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** The static site's public address, e.g. https://www.example.org/metastatic-breast-cancer (no trailing slash). */
  siteUrl: string;
  /** The site's origin: the only origin allowed to call the endpoint from a script (CORS). */
  siteOrigin: string;
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number of at least ${minimum}, got "${raw}".`);
  }
  return value;
}

export type ProxySettings = {
  /** The CMS sits behind a proxy (IS_PROXIED=true; compose: CMS_IS_PROXIED). */
  proxied: boolean;
  /**
   * How many proxies in front of the CMS append the address they saw to X-Forwarded-For
   * (TRUSTED_PROXY_HOPS, default 1 when proxied; compose: CMS_TRUSTED_PROXY_HOPS). The client's
   * address is that many entries from the right; entries further left are whatever the client
   * sent. 0 when not proxied: X-Forwarded-For is then ignored.
   */
  trustedProxyHops: number;
};

/**
 * Whether to trust X-Forwarded-For, and how far. Read by config/server.ts (Koa's own ctx.ip, which
 * Strapi's admin login limit uses) and by the intake (client-address.ts), so both agree.
 */
export function proxySettings(env: NodeJS.ProcessEnv = process.env): ProxySettings {
  // As Strapi's env.bool reads it: only the exact text "true" turns it on.
  const proxied = env.IS_PROXIED === 'true';
  // TRUSTED_PROXY_HOPS means nothing without a proxy; compose passes a default either way.
  return { proxied, trustedProxyHops: proxied ? wholeNumber(env, 'TRUSTED_PROXY_HOPS', 1, 1) : 0 };
}

export function intakeSettings(env: NodeJS.ProcessEnv = process.env): IntakeSettings {
  const rawSiteUrl = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let parsed: URL;
  try {
    parsed = new URL(rawSiteUrl);
  } catch {
    throw new Error(`SITE_URL must be the site's absolute address, e.g. https://www.example.org, got "${rawSiteUrl}".`);
  }
  return {
    rateLimitPerHour: wholeNumber(env, 'APPOINTMENT_RATE_LIMIT_PER_HOUR', 5, 1),
    refusedLimitPerHour: wholeNumber(env, 'APPOINTMENT_REFUSED_LIMIT_PER_HOUR', 50, 1),
    trustedProxyHops: proxySettings(env).trustedProxyHops,
    minFillSeconds: wholeNumber(env, 'APPOINTMENT_MIN_FILL_SECONDS', 3, 0),
    retentionDays: wholeNumber(env, 'APPOINTMENT_RETENTION_DAYS', 90, 1),
    maxBodyBytes: 16 * 1024,
    siteUrl: rawSiteUrl.replace(/\/+$/, ''),
    siteOrigin: parsed.origin,
  };
}

/** Where the site's forms and pages are, under SITE_URL. */
export const SITE_PATHS = {
  appointments: '/appointments/',
  secondOpinion: '/second-opinion/',
  thankYou: '/appointments/thank-you/',
} as const;
