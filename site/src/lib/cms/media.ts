/**
 * Strapi's local upload provider answers with root-relative media URLs (/uploads/x.jpg), which
 * mean nothing on the static site's host. This makes them absolute against the media base URL
 * (the CMS, or wherever its uploads are served from).
 *
 * A media object is recognised by its shape, not its key, so it is found wherever it sits:
 * - an upload as the populate presets select it, and each of its `formats`: `url` + `mime`;
 * - an image embedded in blocks rich text: the `image` of a `{ type: 'image' }` block.
 * Other `url`s (links in rich text, e.g. `/appointments/`) are left alone.
 */

/** A copy of `value` with every root-relative media URL prefixed with `mediaBaseUrl`; `value` is not changed. */
export function absolutizeMediaUrls<T>(value: T, mediaBaseUrl: string): T {
  const base = mediaBaseUrl.replace(/\/+$/, '');
  return walk(value, base, false) as T;
}

function walk(value: unknown, base: string, isBlockImage: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, base, false));
  if (typeof value !== 'object' || value === null) return value;

  const record = value as Record<string, unknown>;
  const isMedia = isBlockImage || (typeof record.url === 'string' && typeof record.mime === 'string');
  const isImageBlock = record.type === 'image';
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(record)) {
    if (key === 'url' && isMedia && typeof child === 'string') copy[key] = absoluteUrl(child, base);
    else copy[key] = walk(child, base, isImageBlock && key === 'image');
  }
  return copy;
}

/** Root-relative only: absolute URLs (a CDN upload provider) and protocol-relative ones stay as they are. */
export function absoluteUrl(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${base.replace(/\/+$/, '')}${url}` : url;
}
