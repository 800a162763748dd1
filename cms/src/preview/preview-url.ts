/**
 * Strapi's Preview button (config/admin.ts `preview.config.handler`): for an entry that has a
 * page on the site, the address of that page on the draft preview server (site/preview), with a
 * signed link that lets the editor's browser see that version (draft or published) for an hour.
 * Entries without a page (appointment requests, specialties) get null, so Strapi shows no button.
 *
 * The version's locale (Strapi's admin names the one the editor is on) is signed into the token,
 * and the address is that page in that language, as the site has it: under the locale's prefix,
 * at that version's slug (/es/treatments/cirugia/?preview=…).
 */
import { CONTENT_TYPES, DEFAULT_LOCALE, contentTypeNamed, localePath, pagePathOf } from '@mbc/shared';
import { PREVIEW_TOKEN_MAX_SECONDS, signPreviewToken } from '@mbc/shared/preview-token';
import { DEFAULTS } from '../config/defaults';

/** How long a preview link lets an editor in: the longest a token may live. */
export const PREVIEW_LINK_SECONDS = PREVIEW_TOKEN_MAX_SECONDS;

export type PreviewSettings = { enabled: true; url: string; origin: string; secret: string } | { enabled: false; why: string };

/**
 * PREVIEW_URL (the preview server as editors' browsers reach it; default http://127.0.0.1:4323)
 * and PREVIEW_SECRET (the key preview links are signed with, shared with the preview server).
 * Without a secret the Preview button is off; a secret too short to be safe, or an address that
 * is not one, stops the CMS with a message naming the setting.
 */
export function previewSettings(env: NodeJS.ProcessEnv = process.env): PreviewSettings {
  const secret = env.PREVIEW_SECRET?.trim() ?? '';
  if (secret === '') return { enabled: false, why: 'PREVIEW_SECRET is not set' };
  if (secret.length < 32) {
    throw new Error('PREVIEW_SECRET must be at least 32 characters (generate one with `openssl rand -hex 32`).');
  }
  const url = (env.PREVIEW_URL?.trim() || DEFAULTS.previewUrl).replace(/\/+$/, '');
  let origin: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
    origin = parsed.origin;
  } catch {
    throw new Error(`PREVIEW_URL=${JSON.stringify(env.PREVIEW_URL)} is not an http(s) address; set it to the draft preview server's URL, e.g. https://preview.example.org.`);
  }
  return { enabled: true, url, origin, secret };
}

/** What the handler needs from the CMS, injected so the rules are tested without it. */
export interface PreviewLookups {
  /** Whether the signed-in editor may read entries of this type in the content manager. */
  canRead(uid: string): boolean;
  /** The slug of that version of the document; null when the version does not exist. */
  slugOf(uid: string, documentId: string, status: 'draft' | 'published', locale?: string): Promise<{ slug: string | null } | null>;
  nowSeconds(): number;
}

export interface PreviewRequest {
  documentId?: string;
  status?: string | null;
  locale?: string | null;
}

/**
 * The preview address for this version of this entry, or null when there is nothing to show
 * (no page for the type, no such version, or an editor who may not read the type).
 */
export async function previewUrlFor(
  uid: string,
  request: PreviewRequest,
  settings: Extract<PreviewSettings, { enabled: true }>,
  lookups: PreviewLookups,
): Promise<string | null> {
  const name = contentTypeNamed(uid);
  if (!name || pagePathOf(name, { slug: 'any' }) === null) return null;
  if (!lookups.canRead(uid)) return null;
  const status = request.status === 'published' ? 'published' : 'draft';
  const locale = request.locale ?? undefined;
  let path: string | null;
  if (CONTENT_TYPES[name].kind === 'single') {
    path = pagePathOf(name, {});
  } else {
    if (!request.documentId) return null;
    const version = await lookups.slugOf(uid, request.documentId, status, locale);
    if (!version) return null;
    // A draft without its slug yet opens the home page, where the preview server explains what is missing.
    path = pagePathOf(name, version) ?? '/';
  }
  const token = signPreviewToken(
    { uid, ...(request.documentId ? { documentId: request.documentId } : {}), status, ...(locale ? { locale } : {}) },
    settings.secret,
    { nowSeconds: lookups.nowSeconds(), seconds: PREVIEW_LINK_SECONDS },
  );
  // The section of a page (/diagnosis/#bone-scan) keeps its fragment after the query.
  const [pathname, fragment] = path!.split('#') as [string, string | undefined];
  const query = new URLSearchParams({ preview: token });
  return `${settings.url}${localePath(locale ?? DEFAULT_LOCALE, pathname)}?${query}${fragment ? `#${fragment}` : ''}`;
}
